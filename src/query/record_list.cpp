// One builder per kind: which filters it answers and which cells it gives.
#include "query/record_list.h"

#include <fmt/format.h>

#include <algorithm>

#include "load/scalar_rules.h"
#include "query/record_text.h"
#include "query/xpf_value.h"
#include "util/fold.h"

namespace multilat {
namespace {

ListCell plain(std::string_view value) { return {.type = CellType::Plain, .value = std::string(value)}; }
ListCell enumerated(std::string_view field, std::string_view value) {
  return {.type = CellType::Enum, .value = std::string(value), .field = std::string(field)};
}
ListCell text(const Text& t) { return {.type = CellType::Text, .text = t}; }
ListCell date(const LocatedDate& d) {
  return {.type = CellType::Date, .value = d ? format_date(d->value) : ""};
}
ListCell id_of(const LocatedId& id) { return plain(id ? id->value.view() : ""); }
ListCell money(const std::optional<Money>& m, const std::vector<CurrencyRate>& rates) {
  ListCell cell{.type = CellType::Money};
  if (!m) return cell;
  cell.value = fmt::format("{} {}", m->amount, m->currency);
  cell.cents = parse_cents(m->amount.view()).value_or(0);
  cell.xpf_cents = to_xpf_cents(cell.cents, m->currency.view(), rates);
  return cell;
}

bool has(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool year_is(const LocatedDate& d, int year) {
  return d && static_cast<int>(d->value.year()) == year;
}

// The filters every kind answers.
bool common_filters(const RecordHeader& h, std::string_view text, const ListFilters& f) {
  for (const std::string& tag : f.tags) {
    if (std::find(h.tags.begin(), h.tags.end(), tag) == h.tags.end()) return false;
  }
  return f.grep.empty() || contains_folded(text, fold_for_comparison(f.grep));
}

// The head of the delegation: "person (entity)", the entity alone, or nobody.
std::string head_of(const Meeting& m) {
  for (const Delegate& d : m.delegation) {
    if (d.role != "head") continue;
    return d.person.empty() ? d.entity.value.str() : fmt::format("{} ({})", d.person, d.entity.value);
  }
  return "";
}

struct Builder {
  const Store& store;
  const ListFilters& f;
  RecordList out;

  void row(const RecordHeader& h, std::vector<ListCell> cells) {
    out.rows.push_back({h.id.str(), h.path.str(), std::move(cells)});
  }

  void organisations() {
    for (const Organisation& o : store.organisations) {
      bool entity = f.entities.empty() || (o.focal_point && has(f.entities, o.focal_point->value.view())) ||
                    std::any_of(o.involved.begin(), o.involved.end(),
                                [&](const Located<Str>& e) { return has(f.entities, e.value.view()); });
      bool person = !f.people || (o.focal_point && f.people->entities.count(o.focal_point->value.view()));
      if (!entity || !person || (!f.organisations.empty() && !has(f.organisations, o.header.id.view())) ||
          (!f.status.empty() && o.nc_status.value != f.status) || (f.year && !year_is(o.nc_since, *f.year)) ||
          !common_filters(o.header, searchable_text(o), f)) {
        continue;
      }
      row(o.header, {text(o.acronym), enumerated("nc-status", o.nc_status.value), date(o.nc_since),
                     id_of(o.focal_point), text(o.name)});
    }
  }

  bool entity_in_orgs(const Entity& e) const {
    return std::any_of(store.organisations.begin(), store.organisations.end(), [&](const Organisation& o) {
      if (!has(f.organisations, o.header.id.view())) return false;
      if (o.focal_point && o.focal_point->value == e.header.id) return true;
      return std::any_of(o.involved.begin(), o.involved.end(),
                         [&](const Located<Str>& i) { return i.value == e.header.id; });
    });
  }

  void entities() {
    for (const Entity& e : store.entities) {
      bool entity = f.entities.empty() || has(f.entities, e.header.id.view()) ||
                    (e.parent && has(f.entities, e.parent->value.view()));
      bool person = !f.people || f.people->entities.count(e.header.id.view());
      if (!entity || !person || (!f.organisations.empty() && !entity_in_orgs(e)) ||
          !common_filters(e.header, searchable_text(e), f)) {
        continue;
      }
      row(e.header, {plain(e.type), id_of(e.parent), plain(e.focal_point ? e.focal_point->person.view() : ""),
                     text(e.name)});
    }
  }

  void meetings() {
    for (const Meeting& m : store.meetings) {
      bool entity = f.entities.empty() || std::any_of(m.delegation.begin(), m.delegation.end(), [&](const Delegate& d) {
                      return has(f.entities, d.entity.value.view());
                    });
      bool person = !f.people || f.people->meetings.count(m.header.id.view());
      if (!entity || !person || (!f.organisations.empty() && !has(f.organisations, m.organisation.value.view())) ||
          (!f.status.empty() && m.status.value != f.status) ||
          (f.year && !year_is(m.start, *f.year) && !year_is(m.end, *f.year)) ||
          !common_filters(m.header, searchable_text(m), f)) {
        continue;
      }
      row(m.header, {date(m.start), date(m.end), plain(m.organisation.value), id_of(m.body),
                     enumerated("status", m.status.value), plain(head_of(m)), text(m.title)});
    }
  }

  // A prospect belongs to a year when something dated happened to it then.
  static bool active_in(const Prospect& p, int year) {
    return year_is(p.stage_since, year) || year_is(p.last_contact, year) ||
           std::any_of(p.history.begin(), p.history.end(), [&](const HistoryEntry& h) { return year_is(h.date, year); });
  }

  void prospects() {
    for (const Prospect& p : store.prospects) {
      bool person = !f.people || f.people->entities.count(p.lead.value.view());
      if (!person || (!f.organisations.empty() && !(p.partner && has(f.organisations, p.partner->value.view()))) ||
          (!f.entities.empty() && !has(f.entities, p.lead.value.view())) ||
          (!f.stage.empty() && p.stage.value != f.stage) || (f.year && !active_in(p, *f.year)) ||
          !common_filters(p.header, searchable_text(p), f)) {
        continue;
      }
      Text step = p.next_step ? p.next_step->what : Text{};
      LocatedDate due = p.next_step ? p.next_step->due : std::nullopt;
      row(p.header, {enumerated("stage", p.stage.value), date(p.stage_since), money(p.value, store.settings.currency_rates), text(step), date(due),
                     plain(p.lead.value), text(p.title)});
    }
  }
};

// Amounts by their value in XPF; those no rate converts come after them, by currency then
// amount, since they cannot be ranked against the others.
std::string money_key(const ListCell& cell) {
  if (cell.value.empty()) return "";
  if (cell.xpf_cents) return fmt::format("0{:020}", *cell.xpf_cents);
  std::string_view currency = std::string_view(cell.value).substr(cell.value.rfind(' ') + 1);
  return fmt::format("1{}{:020}", currency, cell.cents);
}

// How a cell sorts: dates and ids as written, amounts by value, texts without case or accents.
std::string sort_key(const ListCell& cell) {
  switch (cell.type) {
    case CellType::Money:
      return money_key(cell);
    case CellType::Text:
      return fold_for_comparison(cell.text.in(Language::Fr));
    default:
      return cell.value;
  }
}

void sort_rows(RecordList& list, const std::string& sort) {
  std::string by = sort.empty() ? (list.kind == Kind::Meeting ? "start" : "id") : sort;
  auto column = std::find(list.columns.begin(), list.columns.end(), by);
  auto key = [&](const ListRow& row) {
    return column == list.columns.end() ? row.id : sort_key(row.cells[static_cast<std::size_t>(column - list.columns.begin())]);
  };
  std::stable_sort(list.rows.begin(), list.rows.end(), [&](const ListRow& a, const ListRow& b) {
    std::string ka = key(a), kb = key(b);
    // A missing value sorts last, whatever the field.
    if (ka.empty() != kb.empty()) return kb.empty();
    return ka != kb ? ka < kb : a.id < b.id;
  });
}

}  // namespace

std::vector<std::string> list_columns(Kind kind) {
  switch (kind) {
    case Kind::Organisation:
      return {"acronym", "status", "since", "focal-point", "name"};
    case Kind::Entity:
      return {"type", "parent", "focal-point", "name"};
    case Kind::Meeting:
      return {"start", "end", "organisation", "body", "status", "head", "title"};
    case Kind::Prospect:
      return {"stage", "since", "value", "next-step", "next-step-due", "lead", "title"};
  }
  return {};
}

CellType column_type(std::string_view column) {
  if (column == "acronym" || column == "name" || column == "title" || column == "next-step") return CellType::Text;
  if (column == "since" || column == "start" || column == "end" || column == "next-step-due") return CellType::Date;
  if (column == "status" || column == "stage") return CellType::Enum;
  if (column == "value") return CellType::Money;
  return CellType::Plain;
}

bool filter_applies(Kind kind, std::string_view filter) {
  if (filter == "status") return kind == Kind::Organisation || kind == Kind::Meeting;
  if (filter == "stage") return kind == Kind::Prospect;
  if (filter == "year") return kind != Kind::Entity;
  return true;
}

bool contains_folded(std::string_view text, std::string_view folded_needle) {
  return text.find(folded_needle) != std::string_view::npos;
}

RecordList list_records(const Store& store, Kind kind, const ListFilters& filters, const std::string& sort) {
  Builder b{store, filters, {kind, list_columns(kind), {}}};
  switch (kind) {
    case Kind::Organisation:
      b.organisations();
      break;
    case Kind::Entity:
      b.entities();
      break;
    case Kind::Meeting:
      b.meetings();
      break;
    case Kind::Prospect:
      b.prospects();
      break;
  }
  sort_rows(b.out, sort);
  return std::move(b.out);
}

}  // namespace multilat
