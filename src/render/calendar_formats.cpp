// The formats of `deadlines` and `agenda`, as the --format option and -o's extension name them.
#include "render/calendar_render.h"

namespace multilat {

const FormatTable<std::vector<Deadline>, CalendarView>& deadlines_formats() {
  static const FormatTable<std::vector<Deadline>, CalendarView> formats{
      {"table", render_deadlines_table}, {"md", render_deadlines_markdown}, {"csv", render_deadlines_csv},
      {"json", render_deadlines_json},   {"ics", render_deadlines_ics},
  };
  return formats;
}

const FormatTable<std::vector<AgendaEntry>, CalendarView>& agenda_formats() {
  static const FormatTable<std::vector<AgendaEntry>, CalendarView> formats{
      {"table", render_agenda_table}, {"md", render_agenda_markdown}, {"csv", render_agenda_csv},
      {"json", render_agenda_json},   {"ics", render_agenda_ics},
  };
  return formats;
}

}  // namespace multilat
