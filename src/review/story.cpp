// Follows each record through renames: a story is keyed by the path the record has now.
#include "review/story.h"

#include <algorithm>
#include <map>

namespace multilat {

std::vector<RecordStory> tell_stories(
    const std::vector<std::pair<CommitLine, std::vector<RecordChange>>>& commits) {
  std::vector<RecordStory> stories;
  std::map<std::string, std::size_t> by_path;  // current path -> story
  for (const auto& [commit, changes] : commits) {
    for (const RecordChange& change : changes) {
      std::size_t index;
      auto found = change.old_path.empty() ? by_path.end() : by_path.find(change.old_path);
      if (found != by_path.end()) {
        index = found->second;
        by_path.erase(found);
      } else {
        index = stories.size();
        stories.push_back({});
      }
      RecordStory& story = stories[index];
      std::string path = change.new_path.empty() ? change.old_path : change.new_path;
      story.path = path;
      story.id = change.id;
      story.kind = change.record_kind;
      if (!change.title.empty()) story.title = change.title;
      story.steps.push_back({commit, change});
      // A removed record's story ends; a later file at the same path starts a new one.
      if (!change.new_path.empty()) by_path[path] = index;
    }
  }
  // The settings' story after the records', which it is not one of.
  std::stable_sort(stories.begin(), stories.end(), [](const RecordStory& a, const RecordStory& b) {
    if (a.is_settings() != b.is_settings()) return b.is_settings();
    return a.path < b.path;
  });
  return stories;
}

}  // namespace multilat
