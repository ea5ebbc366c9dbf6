// Binding of entity and prospect records, and of the settings file.
#include "load/bind.h"

namespace multilat {
namespace {

template <class T, class Read>
std::optional<T> bind_object(const MapReader& map, std::string_view key, Read read) {
  const yaml::Node* node = map.get(key);
  if (!node || !node->is_map()) return std::nullopt;
  return read(MapReader(*node));
}

}  // namespace

Entity bind_entity(const MapReader& map, RecordHeader header) {
  Entity entity;
  entity.header = std::move(header);
  entity.name = map.text("name");
  entity.acronym = map.text("acronym");
  entity.type = map.string("type");
  entity.parent = map.id("parent");
  entity.focal_point = bind_object<FocalPoint>(map, "focal-point", [](const MapReader& fp) {
    return FocalPoint{fp.string("person"), fp.string("email")};
  });
  entity.website = map.string("website");
  return entity;
}

Prospect bind_prospect(const MapReader& map, RecordHeader header) {
  Prospect p;
  p.header = std::move(header);
  p.title = map.text("title");
  p.partner = map.id("partner");
  if (const yaml::Node* name = map.get("partner-name")) {
    p.partner_name = Located<Text>{text_of(*name), name->loc};
  }
  p.lead = map.located("lead");
  p.themes = map.strings("themes");
  p.stage = map.located("stage");
  p.stage_since = map.date("stage-since");
  p.priority = map.string("priority");
  p.instrument = map.string("instrument");
  p.value = bind_object<Money>(map, "value", [](const MapReader& v) {
    return Money{v.string("amount"), v.string("currency"), v.located("amount").loc};
  });
  p.next_step = bind_object<NextStep>(map, "next-step", [](const MapReader& n) {
    return NextStep{n.text("what"), n.date("due"), n.id("owner")};
  });
  p.last_contact = map.date("last-contact");
  map.each("history", [&](const MapReader& item) {
    p.history.push_back({item.date("date"), item.text("note"), item.string("stage")});
  });
  return p;
}

namespace {

// The periods the deadlines are derived with; each one missing keeps its default.
void bind_durations(const MapReader& map, Settings& s) {
  if (auto d = map.duration("horizon")) s.horizon = *d;
  if (auto d = map.duration("report-due-after")) s.report_due_after = *d;
  if (auto d = map.duration("prospect-stale-after")) s.prospect_stale_after = *d;
  if (auto d = map.duration("registration-before")) s.registration_before = *d;
  if (auto d = map.duration("credentials-before")) s.credentials_before = *d;
}

// An out-of-range size is reported by the validator and the default stays.
void bind_max_file_size(const MapReader& map, Settings& s) {
  if (auto size = map.integer("max-file-size");
      size && *size >= static_cast<long>(kMinFileSizeSetting) &&
      *size <= static_cast<long>(kMaxFileSizeCeiling)) {
    s.max_file_size = static_cast<size_t>(*size);
  }
}

MailSettings bind_mail_settings(const MapReader& m) {
  MailSettings read{m.string("from"),     m.strings("to"),         m.text("subject"),
                    m.strings("cc"),      m.strings("cc-desk"),    m.integers("lead-days"),
                    m.string("smtp-user")};
  // A plain subject is the desk's for both languages; only a map leaves one out.
  if (const yaml::Node* subject = m.get("subject"); subject && subject->is_scalar()) {
    read.subject.en = read.subject.fr;
  }
  return read;
}

// A rate lacking its date, currency or value converts nothing: the validator reports it.
void bind_currency_rates(const MapReader& map, Settings& s) {
  map.each("currency-rates", [&](const MapReader& item) {
    auto date = item.date("date");
    Str currency = item.string("currency"), xpf = item.string("xpf");
    if (date && !currency.empty() && !xpf.empty()) {
      s.currency_rates.push_back({currency, xpf, date->value, item.string("source")});
    }
  });
}

}  // namespace

Settings bind_settings(const MapReader& map, std::string path) {
  Settings s;
  s.path = std::move(path);
  if (map.string("language") == "en") s.language = Language::En;
  if (auto zone = map.string("timezone"); !zone.empty()) s.timezone = zone;
  bind_durations(map, s);
  s.move_to_working_day = map.boolean("move-to-working-day");
  bind_max_file_size(map, s);
  map.each("holidays", [&](const MapReader& item) {
    if (auto date = item.date("date")) s.holidays.push_back({date->value, item.text("name")});
  });
  if (auto mail = bind_object<MailSettings>(map, "mail", bind_mail_settings)) s.mail = *mail;
  if (auto marking = bind_object<Str>(map, "report", [](const MapReader& r) {
        return r.string("marking");
      })) {
    s.report_marking = *marking;
  }
  bind_currency_rates(map, s);
  return s;
}

}  // namespace multilat
