// Tests of the pragmatic e-mail and URL checks.
#include "model/contact.h"

#include <doctest/doctest.h>

#include <string>

using namespace multilat;

TEST_CASE("is_email accepts ordinary addresses") {
  for (std::string_view text : {"a@b.co", "jean.dupont@gouv.nc", "desk+pif@example.org",
                                "x@mail.spc.int", "élise@exemple.nc", "o'neil@example.com"}) {
    CAPTURE(text);
    CHECK(is_email(text));
  }
}

TEST_CASE("is_email rejects typos") {
  for (std::string_view text :
       {"", "@", "a@", "@b.co", "ab.co", "a@b", "a@@b.co", "a@b@c.co", "a b@c.co", "a@b .co",
        " a@b.co", "a@b.co ", "a@.co", "a@b.", "a@b..co", "a@b.co\n", "a\t@b.co", "a@b.co\x7f"}) {
    CAPTURE(text);
    CHECK_FALSE(is_email(text));
  }
  CHECK_FALSE(is_email(std::string("a\0b@c.co", 8)));
}

TEST_CASE("is_email rejects a display name, a list or a comment: one plain address") {
  for (std::string_view text :
       {"a@example.org;victim@evil.example", "a@example.org,b@example.org", "Bob<victim@evil.co>",
        "\"Bob\"@example.org", "a(comment)@example.org", "a@[192.168.0.1]", "a:b@example.org",
        "a\\b@example.org", "victim@evil.example>"}) {
    CAPTURE(text);
    CHECK_FALSE(is_email(text));
  }
}

TEST_CASE("is_email rejects C1 controls, bidi overrides and bytes that are not UTF-8") {
  for (std::string_view text : {"a\xc2\x85@example.org", "a@exa\xe2\x80\xaemple.org",
                                "a\xff@example.org"}) {
    CAPTURE(text);
    CHECK_FALSE(is_email(text));
  }
}

TEST_CASE("is_url accepts http and https links with a host") {
  for (std::string_view text :
       {"http://a", "https://www.spc.int", "https://www.spc.int/", "HTTPS://Example.org/path",
        "https://example.org:8443/x?y=1#z", "https://user@example.org", "http://[::1]:8080/",
        "https://exemple.nc/réunion", "https://example.org?q"}) {
    CAPTURE(text);
    CHECK(is_url(text));
  }
}

TEST_CASE("is_url rejects other schemes, empty hosts and blanks") {
  auto rejects = [](std::initializer_list<std::string_view> texts) {
    for (std::string_view text : texts) {
      CAPTURE(text);
      CHECK_FALSE(is_url(text));
    }
  };
  rejects({"", "www.spc.int", "ftp://example.org", "mailto:a@b.co", "https//example.org"});
  rejects({"https:/example.org", "http://", "https://", "https:///path", "https://?q"});
  rejects({"https://#x", "https://:8080", "https://user@", "http://[]", "http://[::1"});
  rejects({" https://a.b", "https://a.b ", "https://a b.org", "https://a.b/\n", "http\t://a.b"});
}
