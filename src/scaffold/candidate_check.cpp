// The tree with the candidate laid over it, loaded and checked whole as `check` would.
#include "scaffold/candidate_check.h"

#include <algorithm>
#include <set>

#include "check/rules.h"
#include "load/loader.h"
#include "load/overlay_source.h"
#include "load/worktree_source.h"

namespace multilat {

std::vector<Diagnostic> check_candidate(const std::filesystem::path& root, const std::string& display_root,
                                        const std::string& relative, const std::string& bytes,
                                        const std::function<Date(const Settings&)>& today) {
  WorkingTreeSource tree(root);
  LoadResult loaded = load_records(OverlaySource(tree, relative, bytes), display_root);
  std::string display = DisplayRoot(display_root).path(relative);
  std::set<std::string, std::less<>> wanted{display};
  std::vector<Diagnostic> all = run_checks(loaded.store, Context{today(loaded.store.settings), &wanted}, loaded.diagnostics);
  std::erase_if(all, [&](const Diagnostic& d) { return d.path != display; });
  return all;
}

}  // namespace multilat
