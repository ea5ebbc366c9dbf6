// The fish completion script: the same walk as bash's, in fish, and one `complete` line per
// command, option and argument, each with its description.
#include <fmt/format.h>

#include "manual/completion_script.h"

namespace multilat {
namespace {

using detail::Row;
using detail::shell_quoted;

// fish's case patterns take a quoted "*" as a wildcard.
std::string fish_pattern(const Row& row) {
  return shell_quoted(row.global ? fmt::format("* {}", row.argument) : fmt::format("{} {}", row.path, row.argument));
}

std::string fish_tables(const detail::Tables& t) {
  std::string out = "function __multilat_commands --argument-names path\n    switch \"$path\"\n";
  for (const Row& row : t.commands) {
    out += fmt::format("        case {}\n            echo {}\n", shell_quoted(row.path), shell_quoted(row.words));
  }
  out += "    end\nend\n\nfunction __multilat_takes_value --argument-names path option\n"
         "    switch \"$path $option\"\n";
  for (const Row& row : t.takes_value) out += fmt::format("        case {}\n            return 0\n", fish_pattern(row));
  return out + "    end\n    return 1\nend\n\n";
}

// What follows an argument's names: how its value is completed.
std::string value_flags(const OptionSpec& option) {
  if (option.id_source == "revision") return " -x -a '(__multilat_revisions)'";
  if (!option.id_source.empty()) return fmt::format(" -x -a '(__multilat_ids {})'", option.id_source);
  if (!option.values.empty()) {
    std::string words;
    for (const std::string& v : option.values) words += (words.empty() ? "" : " ") + v;
    return fmt::format(" -x -a {}", shell_quoted(words));
  }
  return option.takes_value ? " -r" : "";
}

void add_lines(const CommandSpec& command, const std::string& path, bool root, std::string& out) {
  std::string at = fmt::format(" -n \"__multilat_at '{}'\"", path);
  for (const OptionSpec& option : command.options) {
    out += root ? "complete -c multilat" : "complete -c multilat" + at;
    for (const std::string& name : option.names) {
      out += fmt::format(" {} {}", name.starts_with("--") ? "-l" : "-s", name.substr(name.find_first_not_of('-')));
    }
    out += fmt::format("{} -d {}\n", value_flags(option), shell_quoted(option.description));
  }
  std::size_t place = 0;
  for (const OptionSpec& positional : command.positionals) {
    for (std::size_t i = 0; i < positional.places; ++i) {
      ++place;
      if (positional.values.empty() && positional.id_source.empty()) continue;
      out += fmt::format("complete -c multilat -f -n \"__multilat_at '{}' {}\"{} -d {}\n", path,
                         place, value_flags(positional), shell_quoted(positional.description));
    }
  }
  for (const CommandSpec& sub : command.commands) {
    out += fmt::format("complete -c multilat -f -n \"__multilat_at '{}' 1\" -a {} -d {}\n", path,
                       sub.name, shell_quoted(sub.description));
  }
  for (const CommandSpec& sub : command.commands) {
    add_lines(sub, path.empty() ? sub.name : path + " " + sub.name, false, out);
  }
}

// The walk sets globals: the command path, the option waiting for its value, --records, and
// the positional arguments typed so far.
constexpr std::string_view kFishWalk = R"FISH(function __multilat_walk
    set -g __multilat_path ''
    set -g __multilat_option ''
    set -g __multilat_records
    set -g __multilat_context
    set -l tokens (commandline -opc)
    set -e tokens[1]
    for word in $tokens
        if test -n "$__multilat_option"
            if test "$__multilat_option" = --records
                set -g __multilat_records --records $word
            end
            set -g __multilat_option ''
            continue
        end
        switch $word
            case '-*'
                if __multilat_takes_value "$__multilat_path" $word
                    set -g __multilat_option $word
                end
            case '*'
                if test (count $__multilat_context) -eq 0
                    and contains -- $word (string split ' ' -- (__multilat_commands "$__multilat_path"))
                    set -g __multilat_path (string trim -- "$__multilat_path $word")
                else
                    set -ga __multilat_context $word
                end
        end
    end
end

# True at the command PATH; with PLACE, when the next word is its PLACE-th positional argument.
function __multilat_at --argument-names path place
    __multilat_walk
    test "$__multilat_path" = "$path"; or return 1
    test -z "$place"; and return 0
    test -z "$__multilat_option"; and test (count $__multilat_context) -eq (math $place - 1)
end

# Record ids, read from the records now; nothing when they cannot be read.
function __multilat_ids --argument-names source
    __multilat_walk
    set -l tokens (commandline -opc)
    command $tokens[1] $__multilat_records __complete-ids $source $__multilat_context 2>/dev/null
end

# Revisions: HEAD, then the branches and tags git lists, each after the "A.." of a range being
# typed; nothing outside a repository. With --records, git looks in that folder.
function __multilat_revisions
    __multilat_walk
    set -l start (string match -r -- '^.*\.\.' (commandline -ct))
    set -l dir .
    test (count $__multilat_records) -eq 2; and set dir $__multilat_records[2]
    set -l refs (git -C $dir for-each-ref --format='%(refname:short)' 2>/dev/null); or return 0
    for ref in HEAD $refs
        echo "$start$ref"
    end
end

)FISH";

}  // namespace

std::string fish_completion(const CommandSpec& app) {
  std::string out =
      "# fish completion for multilat, generated by `multilat completion fish` from the tool's own\n"
      "# commands and options: regenerate it rather than edit it.\n\n";
  out += fish_tables(detail::completion_tables(app)) + std::string(kFishWalk);
  out += "complete -c multilat -e\n";
  add_lines(app, "", true, out);
  return out;
}

}  // namespace multilat
