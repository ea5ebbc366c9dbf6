// Str and Loc: the compact pieces every record is made of.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <map>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "model/location.h"
#include "model/str.h"

using multilat::Str;

TEST_CASE("an empty Str is empty and NUL-terminated, whether default or built from \"\"") {
  Str none;
  Str blank("");
  CHECK(none.empty());
  CHECK(blank.empty());
  CHECK(none.size() == 0);
  CHECK(std::string(none.c_str()).empty());
  CHECK(none == blank);
  CHECK(none == "");
}

TEST_CASE("a Str keeps its characters, including NUL bytes and multi-byte UTF-8") {
  std::string text("Nouméa\0🌊", 12);
  Str s(text);
  CHECK(s.size() == text.size());
  CHECK(s.view() == text);
  CHECK(s.str() == text);
  CHECK(s.c_str()[s.size()] == '\0');
}

TEST_CASE("Str compares by content with Str, literals, std::string and string_view") {
  Str a("spc");
  Str b(std::string("spc"));
  CHECK(a == b);
  CHECK(a == "spc");
  CHECK("spc" == a);
  CHECK(a == std::string("spc"));
  CHECK(a == std::string_view("spc"));
  CHECK(a != "sprep");
  CHECK(a < Str("sprep"));
  CHECK(Str("b") > "a");
  CHECK(Str("ab") < Str("b"));
  std::map<Str, int> sorted{{"sprep", 2}, {"pif", 1}, {"spc", 3}};
  CHECK(sorted.begin()->first == "pif");
}

TEST_CASE("Str hashes like its string_view and formats like text") {
  std::unordered_set<Str> set{"crga-55", "crga-56"};
  CHECK(set.count(Str("crga-55")) == 1);
  CHECK(std::hash<Str>{}(Str("x")) == std::hash<std::string_view>{}("x"));
  CHECK(fmt::format("[{:>5}]", Str("nc")) == "[   nc]");
}

TEST_CASE("short strings are stored once, long ones once per Str") {
  Str a("member"), b(std::string("member"));
  CHECK(a.data() == b.data());
  std::string sentence(65, 's');
  Str c(sentence), d(sentence);
  CHECK(c == d);
  CHECK(c.data() != d.data());
  std::string limit(64, 'l');
  CHECK(Str(limit).data() == Str(limit).data());
}

TEST_CASE("interning keeps thousands of distinct short strings apart") {
  std::vector<Str> made;
  for (int i = 0; i < 50000; ++i) made.emplace_back(fmt::format("id-{}", i));
  for (int i = 0; i < 50000; i += 1237) {
    CHECK(made[i] == fmt::format("id-{}", i));
    CHECK(Str(fmt::format("id-{}", i)).data() == made[i].data());
  }
}

TEST_CASE("long strings get a block of their own and stay intact") {
  std::string big(100000, 'x');
  big.back() = 'y';
  Str s(big);
  CHECK(s.size() == big.size());
  CHECK(s.view() == big);
  Str after("small after big");
  CHECK(after == "small after big");
}

TEST_CASE("threads storing strings at once each get their own, intact") {
  constexpr int kThreads = 4, kEach = 20000;
  std::vector<std::vector<Str>> made(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&made, t] {
      // Every thread also stores the same shared names, which are interned concurrently.
      for (int i = 0; i < kEach; ++i) {
        made[t].emplace_back(i % 2 ? fmt::format("shared-{}", i % 100)
                                   : fmt::format("thread-{}-item-{}", t, i));
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t) {
    REQUIRE(made[t].size() == kEach);
    for (int i = 0; i < kEach; i += 997) {
      CHECK(made[t][i] ==
            (i % 2 ? fmt::format("shared-{}", i % 100) : fmt::format("thread-{}-item-{}", t, i)));
    }
    CHECK(made[t][1].data() == made[0][1].data());
  }
}

TEST_CASE("a location saturates its column and length instead of wrapping") {
  multilat::Loc loc(3, 70000, 100000);
  CHECK(loc.line == 3);
  CHECK(loc.column == 65535);
  CHECK(loc.length == 65535);
  multilat::Loc plain(12, 7, 4);
  CHECK(plain.column == 7);
  CHECK(plain.length == 4);
  CHECK(sizeof(multilat::Loc) == 8);
}
