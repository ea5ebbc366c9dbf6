// Shared loading for commands.
#include "cli/records_session.h"

namespace multilat::cli {

RecordsSession open_records(const GlobalOptions& options) {
  RecordsSession session;
  session.root = find_records_root(options);
  session.loaded = load_records({session.root.path, session.root.display});
  session.today = resolve_today(options, session.loaded.store.settings);
  return session;
}

}  // namespace multilat::cli
