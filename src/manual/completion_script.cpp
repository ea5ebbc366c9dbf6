// The bash completion script, and what the three scripts share: the tables of commands,
// options and values read from the commands' description, and quoting.
#include "manual/completion_script.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace multilat {
namespace detail {
namespace {

struct CommandAt {
  std::string path;
  const CommandSpec* command;
};

void add_paths(const CommandSpec& command, const std::string& path, std::vector<CommandAt>& out) {
  out.push_back({path, &command});
  for (const CommandSpec& sub : command.commands) {
    add_paths(sub, path.empty() ? sub.name : path + " " + sub.name, out);
  }
}

// A command's option names, then the global ones it does not have itself (-h, --help).
std::string option_names(const CommandSpec& command, const CommandSpec& app) {
  std::vector<std::string> names;
  for (const CommandSpec* c : {&command, &app}) {
    for (const OptionSpec& option : c->options) {
      for (const std::string& name : option.names) {
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
      }
    }
  }
  return fmt::format("{}", fmt::join(names, " "));
}

std::string offered(const OptionSpec& option) {
  if (!option.id_source.empty()) return "@" + option.id_source;
  return fmt::format("{}", fmt::join(option.values, " "));
}

void add_argument_rows(const CommandAt& at, Tables& t) {
  bool global = at.path.empty();
  for (const OptionSpec& option : at.command->options) {
    for (const std::string& name : option.names) {
      if (option.takes_value) t.takes_value.push_back({at.path, name, "", global});
      if (!offered(option).empty()) t.values.push_back({at.path, name, offered(option), global});
    }
  }
  std::size_t place = 0;
  for (const OptionSpec& positional : at.command->positionals) {
    for (std::size_t i = 0; i < positional.places; ++i) {
      ++place;
      if (offered(positional).empty()) continue;
      t.values.push_back({at.path, std::to_string(place), offered(positional), false});
    }
  }
}

}  // namespace

Tables completion_tables(const CommandSpec& app) {
  std::vector<CommandAt> paths;
  add_paths(app, "", paths);
  Tables t;
  for (const CommandAt& at : paths) {
    std::vector<std::string> subs;
    for (const CommandSpec& sub : at.command->commands) subs.push_back(sub.name);
    if (!subs.empty()) t.commands.push_back({at.path, "", fmt::format("{}", fmt::join(subs, " "))});
    t.options.push_back({at.path, "", option_names(*at.command, app)});
  }
  // The root's rows last: global options are matched only when no command has its own.
  for (std::size_t i = paths.size(); i-- > 0;) add_argument_rows(paths[i], t);
  return t;
}

std::string shell_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += (c == '\n' || c == '\t') ? ' ' : c;
    }
  }
  return out + "'";
}

namespace {

// A `case "$1 $2"` pattern: "check --format"; a global option matches after any path.
std::string sh_pattern(const Row& row) {
  // fmt::format rather than "*" + string: GCC 12 warns (-Wrestrict) on the latter, wrongly.
  return row.global ? fmt::format("*{}", shell_quoted(fmt::format(" {}", row.argument)))
                    : shell_quoted(fmt::format("{} {}", row.path, row.argument));
}

std::string sh_list_function(std::string_view name, const std::vector<Row>& rows) {
  std::string out = fmt::format("{}() {{\n  case $1 in\n", name);
  for (const Row& row : rows) {
    out += fmt::format("    {}) REPLY={} ;;\n", shell_quoted(row.path), shell_quoted(row.words));
  }
  return out + "    *) REPLY='' ;;\n  esac\n}\n\n";
}

}  // namespace

// Revisions for bash and zsh alike: HEAD, then the branches and tags git lists, each after the
// "A.." of a range being typed ($1, the word so far); nothing outside a repository. $2: the
// folder given to --records, where git looks instead of the current folder.
constexpr std::string_view kShRevisions = R"SH(_multilat_revisions() {
  local start='' refs ref
  case $1 in *..*) start=${1%..*}.. ;; esac
  refs=$(git -C "${2:-.}" for-each-ref --format='%(refname:short)' 2>/dev/null) || return 0
  { printf 'HEAD\n'; [ -n "$refs" ] && printf '%s\n' "$refs"; } |
    while IFS= read -r ref; do printf '%s%s\n' "$start" "$ref"; done
}

)SH";

std::string sh_tables(const Tables& t) {
  std::string out = sh_list_function("_multilat_commands", t.commands);
  out += sh_list_function("_multilat_options", t.options);
  out += "_multilat_takes_value() {\n  case \"$1 $2\" in\n";
  for (const Row& row : t.takes_value) out += fmt::format("    {}) return 0 ;;\n", sh_pattern(row));
  out += "  esac\n  return 1\n}\n\n";
  out += "# The values of an option or of the Nth positional argument: words, or @SOURCE for ids.\n";
  out += "_multilat_values() {\n  case \"$1 $2\" in\n";
  for (const Row& row : t.values) {
    out += fmt::format("    {}) REPLY={} ;;\n", sh_pattern(row), shell_quoted(row.words));
  }
  return out + "    *) REPLY='' ;;\n  esac\n}\n\n" + std::string(kShRevisions);
}

}  // namespace detail

namespace {

// Walks the words before the cursor: the command path, the option waiting for its value, the
// positional arguments typed so far, and --records (for the ids). Then offers what fits.
constexpr std::string_view kBashMain = R"BASH(_multilat() {
  local cur=${COMP_WORDS[COMP_CWORD]} path='' word option='' i REPLY commands=''
  local -a records=() context=() offers=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    [[ $word == '=' ]] && continue  # bash splits --option=value at '='
    if [[ -n $option ]]; then
      [[ $option == --records ]] && records=(--records "${word/#\~/$HOME}")
      option=''
      continue
    fi
    case $word in
      -*) _multilat_takes_value "$path" "$word" && option=$word ;;
      *)
        _multilat_commands "$path"
        if ((${#context[@]} == 0)) && [[ " $REPLY " == *" $word "* ]]; then
          path=${path:+$path }$word
        else
          context+=("$word")
        fi ;;
    esac
  done
  [[ $cur == '=' ]] && cur=''
  if [[ -n $option ]]; then
    _multilat_values "$path" "$option"
  elif [[ $cur == -* ]]; then
    _multilat_options "$path"
  else
    if ((${#context[@]} == 0)); then
      _multilat_commands "$path"
      commands=$REPLY
    fi
    _multilat_values "$path" $((${#context[@]} + 1))
    REPLY="$commands $REPLY"
  fi
  if [[ $REPLY == *@revision* ]]; then
    REPLY=$(_multilat_revisions "$cur" "${records[1]}")
  elif [[ $REPLY == *@* ]]; then
    # Record ids, read from the records now; nothing when they cannot be read.
    REPLY=$("${COMP_WORDS[0]}" "${records[@]}" __complete-ids "${REPLY#*@}" "${context[@]}" 2>/dev/null)
  fi
  mapfile -t offers < <(compgen -W "$REPLY" -- "$cur")
  COMPREPLY=("${offers[@]}")
}

# -o default: file names where the tool offers nothing (-o FILE, check PATH).
complete -o default -F _multilat multilat
)BASH";

}  // namespace

std::string bash_completion(const CommandSpec& app) {
  return "# bash completion for multilat, generated by `multilat completion bash` from the tool's\n"
         "# own commands and options: regenerate it rather than edit it.\n\n" +
         detail::sh_tables(detail::completion_tables(app)) + std::string(kBashMain);
}

}  // namespace multilat
