#include "query/record_text.h"

#include "util/fold.h"

namespace multilat {
namespace {

// Collects texts, folded, one per line: a search never matches across two fields.
class Collector {
 public:
  Collector& add(std::string_view text) {
    if (!text.empty()) {
      out_ += fold_for_comparison(text);
      out_ += '\n';
    }
    return *this;
  }
  Collector& add(const Text& text) { return add(text.fr).add(text.en); }
  Collector& add(const RecordHeader& header) {
    add(header.id).add(header.notes);
    for (const Str& tag : header.tags) add(tag);
    return *this;
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

}  // namespace

std::string searchable_text(const Organisation& org) {
  Collector c;
  c.add(org.header).add(org.name).add(org.acronym).add(org.headquarters);
  for (const Body& b : org.bodies) c.add(b.id.value).add(b.name);
  for (const Contribution& x : org.contributions) c.add(x.what);
  for (const Strategy& s : org.strategies) c.add(s.title);
  for (const Task& t : org.actions) c.add(t.what);
  for (const Contact& k : org.contacts) c.add(k.name).add(k.role);
  return c.take();
}

std::string searchable_text(const Entity& entity) {
  Collector c;
  c.add(entity.header).add(entity.name).add(entity.acronym);
  if (entity.focal_point) c.add(entity.focal_point->person);
  return c.take();
}

std::string searchable_text(const Meeting& m) {
  Collector c;
  c.add(m.header).add(m.title).add(m.location);
  for (const Delegate& d : m.delegation) c.add(d.person);
  for (const MeetingDeadline& d : m.deadlines) c.add(d.what);
  for (const AgendaItem& a : m.agenda) c.add(a.item).add(a.position);
  for (const Text& o : m.outcomes) c.add(o);
  for (const Task& t : m.follow_up) c.add(t.what);
  return c.take();
}

std::string searchable_text(const Prospect& p) {
  Collector c;
  c.add(p.header).add(p.title);
  if (p.partner_name) c.add(p.partner_name->value);
  for (const Str& theme : p.themes) c.add(theme);
  if (p.next_step) c.add(p.next_step->what);
  for (const HistoryEntry& h : p.history) c.add(h.note);
  return c.take();
}

}  // namespace multilat
