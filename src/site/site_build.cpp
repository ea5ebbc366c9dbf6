// Lists the pages of each language, then builds, renders and writes them on worker threads.
#include "site/site_build.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <exception>
#include <map>
#include <mutex>
#include <string>
#include <vector>
#include <thread>

#include "report/report_view.h"
#include "site/agenda_pages.h"
#include "site/calendar_feeds.h"
#include "site/record_pages.h"
#include "site/site_files.h"
#include "site/site_folder.h"
#include "site/site_paths.h"
#include "site/view_pages.h"

namespace multilat::site {
namespace {

using Json = nlohmann::json;

constexpr Language kLanguages[] = {Language::Fr, Language::En};
constexpr unsigned kMaxThreads = 8;

std::string folder_of(Language language) { return std::string(language_code(language)); }

// The page layout of one depth, rendered once with markers where each page's own text goes,
// and cut there: a page is then its pieces joined, not a second rendering of the layout.
class LayoutPieces {
 public:
  static constexpr std::string_view kTitle = "@@multilat-title@@", kPath = "@@multilat-path@@",
                                    kBody = "@@multilat-body@@";

  explicit LayoutPieces(const std::string& rendered) {
    std::size_t at = 0;
    while (true) {
      auto [found, marker] = next_marker(rendered, at);
      texts_.push_back(rendered.substr(at, found - at));
      if (found == std::string::npos) break;
      markers_.push_back(marker);
      at = found + marker.size();
    }
  }

  std::string join(const std::string& title, const std::string& path, const std::string& body) const {
    std::string page = texts_.front();
    for (std::size_t i = 0; i < markers_.size(); ++i) {
      page += markers_[i] == kBody ? body : markers_[i] == kTitle ? html_escaped(title) : html_escaped(path);
      page += texts_[i + 1];
    }
    return page;
  }

 private:
  static std::pair<std::size_t, std::string_view> next_marker(const std::string& text, std::size_t from) {
    std::pair<std::size_t, std::string_view> first{std::string::npos, ""};
    for (std::string_view marker : {kTitle, kPath, kBody}) {
      std::size_t at = text.find(marker, from);
      if (at < first.first) first = {at, marker};
    }
    return first;
  }
  std::vector<std::string> texts_;
  std::vector<std::string_view> markers_;
};

// The templates one thread renders with, each read and parsed the first time it is needed.
class PageRenderer {
 public:
  PageRenderer(const TemplateSet& templates, Strictness strictness, const SharedNames& words, Language language)
      : templates_(templates), strictness_(strictness), words_(words), language_(language),
        // A layout the desk rewrote may use {{{title}}} or {{^title}}: it is rendered per page.
        layout_per_page_(templates.is_overridden("site/layout.html.mustache")) {}

  std::string render(SitePage& page, const Store& store) {
    std::string up = up_to_language(page.path);
    page.view["base"] = up;
    DerivedNames links = record_links(store, page.path);
    std::string body = prepared(page.body).render(page.view, strictness_, &words_, &links);
    if (!layout_per_page_) return layout(up).join(page.title, page.path, body);
    Json frame = frame_of(up, page.title, page.path);
    frame["body"] = std::move(body);
    return prepared("site/layout.html.mustache").render(frame, strictness_, &words_);
  }

 private:
  const LayoutPieces& layout(const std::string& up) {
    auto found = layouts_.find(up);
    if (found != layouts_.end()) return found->second;
    Json frame = frame_of(up, std::string(LayoutPieces::kTitle), std::string(LayoutPieces::kPath));
    frame["body"] = LayoutPieces::kBody;
    std::string rendered = prepared("site/layout.html.mustache").render(frame, strictness_, &words_);
    return layouts_.emplace(up, LayoutPieces(rendered)).first->second;
  }
  Json frame_of(const std::string& up, const std::string& title, const std::string& path) const {
    Language other = language_ == Language::Fr ? Language::En : Language::Fr;
    return {{"lang", folder_of(language_)},
            {"title", title},
            {"base", up},
            {"root", up + "../"},
            {"other_lang", folder_of(other)},
            {"other_href", up + "../" + folder_of(other) + "/" + path}};
  }
  PreparedTemplate& prepared(const std::string& name) {
    auto found = cache_.find(name);
    if (found == cache_.end()) found = cache_.emplace(name, templates_.prepare(name, Escaping::Html)).first;
    return found->second;
  }
  const TemplateSet& templates_;
  Strictness strictness_;
  const SharedNames& words_;
  Language language_;
  bool layout_per_page_;
  std::map<std::string, PreparedTemplate> cache_;
  std::map<std::string, LayoutPieces> layouts_;
};

// A page to build and the language it is in.
struct Job {
  const SiteInputs* in;
  PageJob build;
};

void add_language_jobs(const SiteInputs& in, std::vector<Job>& jobs) {
  std::vector<PageJob> pages;
  add_view_jobs(in, pages);
  add_agenda_jobs(in, pages);
  add_search_jobs(in, pages);
  add_calendar_jobs(in, pages);
  add_record_jobs(in, pages);
  for (PageJob& page : pages) jobs.push_back({&in, std::move(page)});
}

// What the workers share: the next job to take, the files written, and the first failure,
// which stops the others at their next page.
struct Progress {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::mutex lock;
  std::exception_ptr error;
  std::vector<std::pair<std::string, WriteResult>> files;
};

// Each language's words, the reports' labels among them, converted once rather than per page.
SharedNames words_of(Language language) {
  return SharedNames(Json{{"site", site_labels(language)}, {"labels", all_report_labels(language)}});
}

void work(const std::vector<Job>& jobs, const TemplateSet& templates, const SiteRequest& request,
          const std::array<SharedNames, 2>& words, const SiteFiles& owned, Progress& progress) {
  std::vector<std::pair<std::string, WriteResult>> mine;
  try {
    std::array<PageRenderer, 2> renderers = {PageRenderer(templates, request.strictness, words[0], kLanguages[0]),
                                             PageRenderer(templates, request.strictness, words[1], kLanguages[1])};
    for (std::size_t i = progress.next++; i < jobs.size() && !progress.failed; i = progress.next++) {
      const SiteInputs& in = *jobs[i].in;
      SitePage page = jobs[i].build();
      PageRenderer& renderer = renderers[in.language == kLanguages[0] ? 0 : 1];
      std::string content = page.raw ? std::move(*page.raw) : renderer.render(page, in.store);
      std::string relative = folder_of(in.language) + "/" + page.path;
      mine.emplace_back(relative, write_site_file(request.folder, relative, content, owned, request.force));
    }
  } catch (...) {
    std::lock_guard guard(progress.lock);
    if (!progress.error) progress.error = std::current_exception();
    progress.failed = true;
  }
  // Also after a failure: what was written is the site's own, for the marker to list.
  std::lock_guard guard(progress.lock);
  progress.files.insert(progress.files.end(), mine.begin(), mine.end());
}

// Both languages' pages on one pool of workers: the builders take the language as an argument
// and read no global one, so the two mix freely and no worker waits at a language's end.
void write_languages(const std::vector<Job>& jobs, const TemplateSet& templates, const SiteRequest& request,
                     const SiteFiles& owned, SiteSummary& summary, SiteFiles& kept) {
  std::array<SharedNames, 2> words = {words_of(kLanguages[0]), words_of(kLanguages[1])};
  Progress progress;
  unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, kMaxThreads);
  {
    // jthread: a worker that could not be started leaves the others joined, not terminated.
    std::vector<std::jthread> workers;
    for (unsigned t = 0; t < threads; ++t) {
      workers.emplace_back([&] { work(jobs, templates, request, words, owned, progress); });
    }
  }
  for (const auto& [path, result] : progress.files) {
    kept.insert(path);
    ++summary.files;
    if (result == WriteResult::Written) ++summary.written;
  }
  if (progress.error) std::rethrow_exception(progress.error);
}

// The language chooser at the root, the style sheet and the search script, shared by both.
void write_shared_files(const TemplateSet& templates, const SiteRequest& request, const SiteFiles& owned,
                        SiteSummary& summary, SiteFiles& kept) {
  Json view = {{"fr", site_labels(Language::Fr)}, {"en", site_labels(Language::En)}};
  std::vector<std::pair<std::string, std::string>> files = {
      {"index.html", templates.render("site/root.html.mustache", view, Escaping::Html, request.strictness)},
      {"style.css", templates.render("site/style.css", Json::object(), Escaping::None)},
      {"search.js", templates.render("site/search.js", Json::object(), Escaping::None)}};
  for (const auto& [path, content] : files) {
    if (write_site_file(request.folder, path, content, owned, request.force) == WriteResult::Written) {
      ++summary.written;
    }
    kept.insert(path);
    ++summary.files;
  }
}

}  // namespace

SiteSummary build_site(const Store& store, const std::vector<Deadline>& deadlines,
                       const TemplateSet& templates, const SiteRequest& request) {
  SiteFiles before = claim_site_folder(request.folder, request.force);
  SiteSummary summary;
  SiteFiles kept;
  SiteIndex index = index_records(store, deadlines);
  std::array<SiteInputs, 2> inputs = {SiteInputs{store, kLanguages[0], request.today, deadlines, index, request.history},
                                      SiteInputs{store, kLanguages[1], request.today, deadlines, index, request.history}};
  std::vector<Job> jobs;
  for (const SiteInputs& in : inputs) add_language_jobs(in, jobs);
  try {
    write_languages(jobs, templates, request, before, summary, kept);
    write_shared_files(templates, request, before, summary, kept);
  } catch (...) {
    SiteFiles owned = before;
    owned.insert(kept.begin(), kept.end());
    try {
      remember_site_files(request.folder, owned);
    } catch (...) {  // the first failure is the one to tell
    }
    throw;
  }
  summary.removed = finish_site_folder(request.folder, before, kept);
  return summary;
}

}  // namespace multilat::site
