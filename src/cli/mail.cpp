// `multilat mail`: the e-mail digest of coming deadlines, for cron. Selection as `deadlines`
// does it, lead days, one message per owner if asked, and delivery to stdout, files, a command
// or an SMTP server.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <tuple>

#include "calendar/agenda.h"
#include "calendar/deadlines.h"
#include "calendar/person.h"
#include "cli/commands.h"
#include "cli/deadline_filters.h"
#include "cli/occurrence_cut.h"
#include "cli/parse_errors.h"
#include "cli/records_session.h"
#include "i18n/tr.h"
#include "mail/command_pipe.h"
#include "mail/delivery.h"
#include "mail/digest.h"
#include "mail/digest_view.h"
#include "mail/message.h"
#include "mail/smtp_send.h"
#include "mail/smtp_url.h"
#include "model/contact.h"
#include "i18n/calendar_words.h"
#include "render/changes_render.h"
#include "review/history.h"
#include "git/repository.h"
#include "templates/template_set.h"
#include "util/visible_text.h"

namespace multilat::cli {
namespace {

struct MailOptions {
  DeadlineFilters filters;
  bool per_owner = false;
  bool desk_full = false;
  std::string lead_days;  // "30,14,7,3,1,0", "all", or empty for the settings'
  bool quiet_if_empty = false;
  std::string sender;
  std::vector<std::string> to, cc;
  std::string subject;
  bool dry_run = false;
  std::string outdir;
  bool force = false;
  std::string sendmail;
  std::string smtp;
  bool require_tls = false;
  std::string smtp_user, password_file;
  std::string ca_file = "/etc/ssl/certs/ca-certificates.crt";
  int timeout = 30;
  bool strict = false;
  bool changes = false;
  std::string changes_since;  // "7d" when --changes is given alone
};

std::vector<int> parse_lead_days(const std::string& text, const std::vector<int>& settings) {
  if (text.empty()) return settings;
  if (text == "all") return {};
  std::vector<int> days;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, ',')) {
    char* end = nullptr;
    long value = std::strtol(part.c_str(), &end, 10);
    if (part.empty() || *end != '\0' || value < 0 || value > 366) {
      throw UsageError(i18n::tr("mail.bad-lead-days", fmt::arg("value", text)));
    }
    days.push_back(static_cast<int>(value));
  }
  return days;
}

// The same rule as `check`'s, for every address of the command line.
void check_address(const std::string& address, std::string_view option) {
  if (!is_email(address)) {
    throw UsageError(i18n::tr("mail.bad-address", fmt::arg("option", option),
                              fmt::arg("value", visible_text(address))));
  }
}

// The settings arrive through merge requests: an address that `check` refuses stops the run
// before anything is sent, naming the setting, as a bad mail.from always did.
void check_setting_addresses(const std::vector<Str>& addresses, std::string_view setting) {
  for (const Str& address : addresses) {
    if (!is_email(address)) {
      throw UsageError(i18n::tr("mail.bad-setting-address", fmt::arg("setting", setting),
                                fmt::arg("value", visible_text(address))));
    }
  }
}

void check_smtp_url(const std::string& url) {
  if (url.empty()) return;
  if (auto error = smtp_url_error(url)) {
    // Never quoted: the URL may hold a password.
    throw UsageError(i18n::tr(*error == SmtpUrlError::HasCredentials ? "mail.url-credentials"
                                                                     : "mail.url-not-smtp"));
  }
}

std::vector<std::string> as_strings(const std::vector<Str>& list) {
  return {list.begin(), list.end()};
}

// The password comes from a file or the environment, never from the records or a flag that
// `ps` would show.
std::string smtp_password(const MailOptions& o) {
  if (!o.password_file.empty()) {
    std::ifstream in(o.password_file);
    if (!in) {
      throw UsageError(
          i18n::tr("mail.password-file", fmt::arg("file", visible_text(o.password_file))));
    }
    std::string password;
    std::getline(in, password);
    return password;
  }
  const char* env = std::getenv("MULTILAT_SMTP_PASSWORD");
  return env ? env : "";
}

// Everything SMTP needs, checked before a connection is made. The user may come from the
// settings, which a merge request can change: a user without a password is refused here rather
// than logged in with an empty one, and send_smtp() gives the password over TLS only.
SmtpOptions smtp_options(const MailOptions& o, const MailSettings& settings) {
  SmtpOptions smtp{o.smtp, o.require_tls, o.smtp_user, smtp_password(o), o.ca_file, o.timeout};
  if (smtp.user.empty()) smtp.user = settings.smtp_user.str();
  if (!smtp.user.empty() && smtp.password.empty()) {
    std::string_view source = o.smtp_user.empty() ? "mail.smtp-user" : "--smtp-user";
    throw UsageError(i18n::tr("mail.no-password", fmt::arg("source", source)));
  }
  return smtp;
}

struct Built {
  std::vector<OutgoingMail> mails;
  std::vector<std::string> subjects;
};

// The story of the records since `since`, as the digest shows it.
nlohmann::json changes_section(const RecordsSession& session, const std::string& since) {
  History history;
  try {
    history = read_history(session.root.path, session.root.display, since, session.today, 1000,
                           {"--changes", "mail --changes"});
  } catch (const git::GitError& e) {
    throw UsageError(e.what());
  }
  std::string shown = history.since_day ? full_date(*history.since_day, i18n::language()) : since;
  return changes_view(tell_stories(history.commits),
                      StoryPeriod{shown, history.commits.size(), history.unborn});
}

// Which digest a message file is named after: the owner's id, "desk", or "desk-full" for the
// whole digest sent to mail.cc-desk in a per-owner run, even when the desk's own is empty and
// not sent. With --desk-full the desk's own digest is the whole one, and is the desk's.
std::string mail_label(const Digest& digest, bool desk_full) {
  if (!digest.is_desk()) return digest.owner.str();
  return digest.full && !desk_full ? "desk-full" : "desk";
}

// `changes`, when asked for, goes to the desk's digests only: owners get their own deadlines.
Built build_mails(const std::vector<Digest>& digests, const RecordsSession& session,
                  const MailOptions& o, const GlobalOptions& global, DigestContext context,
                  const nlohmann::json& changes) {
  const Store& store = session.loaded.store;
  const MailSettings& settings = store.settings.mail;
  context.files_missing = files_left_out(session);
  TemplateSet templates = TemplateSet::for_records(session.root.path);
  std::string sender = o.sender.empty() ? settings.from.str() : o.sender;
  Built built;
  for (const Digest& digest : digests) {
    MailMessage message;
    message.from = sender;
    message.to = as_strings(digest.to);
    message.cc = as_strings(digest.cc);
    if (message.to.empty()) throw UsageError(i18n::tr("mail.no-recipient"));
    nlohmann::json view = digest_view(digest, store, context);
    if (digest.is_desk() && !changes.is_null()) view["changes"] = changes;
    message.subject = view["subject"].get<std::string>();
    message.plain = templates.render("mail/digest.txt.mustache", view, Escaping::None);
    message.html = templates.render("mail/digest.html.mustache", view, Escaping::Html);
    if (!global.today.empty()) message.fixed_date = session.today;
    OutgoingMail mail{mail_label(digest, o.desk_full), message.to, sender, build_message(message)};
    for (const std::string& cc : message.cc) mail.recipients.push_back(cc);
    built.subjects.push_back(message.subject);
    built.mails.push_back(std::move(mail));
  }
  return built;
}

// One line per message; recipients and subject may come from the settings, so they are shown
// like record text.
void print_dry_run(const Built& built) {
  for (std::size_t i = 0; i < built.mails.size(); ++i) {
    std::vector<std::string> to;
    for (const std::string& address : built.mails[i].recipients)
      to.push_back(visible_text(address));
    std::cout << i18n::tr("mail.dry-run-line",
                          fmt::arg("to", fmt::format("{}", fmt::join(to, ", "))),
                          fmt::arg("subject", visible_text(built.subjects[i])))
              << '\n';
  }
}

// Each message that did not go is named on stderr; the others go all the same.
int report_failures(const std::vector<OutgoingMail>& mails,
                    const std::vector<std::string>& errors) {
  int status = 0;
  for (std::size_t i = 0; i < errors.size(); ++i) {
    if (errors[i].empty()) continue;
    std::cerr << "multilat: "
              << i18n::tr("mail.not-sent", fmt::arg("label", mails[i].label),
                          fmt::arg("detail", visible_text(errors[i])))
              << '\n';
    status = 1;
  }
  return status;
}

int send_by_command(const Built& built, const std::string& command) {
  std::vector<std::string> errors;
  for (const OutgoingMail& mail : built.mails)
    errors.push_back(pipe_to_command(mail, command).value_or(""));
  return report_failures(built.mails, errors);
}

int send_by_smtp(const Built& built, const SmtpOptions& smtp) {
  try {
    return report_failures(built.mails, send_smtp(built.mails, smtp));
  } catch (const std::runtime_error& e) {
    std::cerr << "multilat: " << e.what() << '\n';
    return 1;
  }
}

// Every file name is judged before the first is written: a refusal leaves --outdir as it was,
// and says how to replace.
void refuse_existing_files(const Built& built, const MailOptions& o) {
  if (o.force) return;
  for (const std::filesystem::path& file : eml_file_paths(built.mails, o.outdir)) {
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(file, ec))) continue;
    throw UsageError(i18n::tr("mail.outdir-exists", fmt::arg("file", visible_text(file.string())),
                              fmt::arg("dir", visible_text(o.outdir))));
  }
}

int deliver(const Built& built, const MailOptions& o, const std::optional<SmtpOptions>& smtp) {
  if (o.dry_run) {
    print_dry_run(built);
    return 0;
  }
  if (!o.outdir.empty()) {
    refuse_existing_files(built, o);
    write_eml_files(built.mails, o.outdir, o.force);
    return 0;
  }
  if (!o.sendmail.empty()) return send_by_command(built, o.sendmail);
  if (smtp) return send_by_smtp(built, *smtp);
  std::cout << as_stream(built.mails, delivery_time());
  return 0;
}

// The settings' addresses, where they will be used; the command line's were checked already.
void check_settings(const MailOptions& o, const MailSettings& settings) {
  if (o.sender.empty()) {
    if (settings.from.empty()) throw UsageError(i18n::tr("mail.no-sender"));
    check_setting_addresses({settings.from}, "mail.from");
  }
  if (o.to.empty()) check_setting_addresses(settings.to, "mail.to");
  if (o.cc.empty()) check_setting_addresses(settings.cc, "mail.cc");
  check_setting_addresses(settings.cc_desk, "mail.cc-desk");
}

// The delivery modes given together, in the order of the help: two of them is a usage error
// that names both, so that --dry-run can never silently win over a real delivery or lose to it.
void check_one_delivery(const MailOptions& o) {
  std::vector<std::string_view> given;
  if (o.dry_run) given.push_back("--dry-run");
  if (!o.outdir.empty()) given.push_back("--outdir");
  if (!o.sendmail.empty()) given.push_back("--sendmail");
  if (!o.smtp.empty()) given.push_back("--smtp");
  if (given.size() > 1) {
    throw UsageError(
        i18n::tr("mail.exclusive", fmt::arg("first", given[0]), fmt::arg("second", given[1])));
  }
  // Alone it would change nothing: the desk's digest is already the whole one.
  if (o.desk_full && !o.per_owner) throw UsageError(i18n::tr("mail.desk-full-alone"));
}

bool listed(const std::vector<std::string>& wanted, std::string_view value) {
  return std::find(wanted.begin(), wanted.end(), value) != wanted.end();
}

// The meetings the deadline filters are about: --org, --meeting, --tag, and --entity or --person
// in the delegation. --kind, --state and --prospect select deadlines only: with them, no meeting.
std::vector<AgendaEntry> meetings_of_filters(std::vector<AgendaEntry> entries,
                                             const DeadlineFilters& f, const Store& store) {
  if (!f.kinds.empty() || !f.states.empty() || !f.prospects.empty()) return {};
  // Names match as they do for the deadlines: the same links, the same folding.
  PersonLinks people = f.people.empty() ? PersonLinks{} : person_option(store, f.people);
  std::erase_if(entries, [&](const AgendaEntry& e) {
    auto delegate = [&](auto&& match) {
      return std::any_of(e.delegation.begin(), e.delegation.end(), match);
    };
    bool tagged = std::any_of(e.tags.begin(), e.tags.end(),
                              [&](const Str& tag) { return listed(f.tags, tag); });
    return (!f.organisations.empty() && !listed(f.organisations, e.organisation)) ||
           (!f.meetings.empty() && !listed(f.meetings, e.id)) ||
           (!f.tags.empty() && !tagged) ||
           (!f.owners.empty() &&
            !delegate([&](const Delegate& d) { return listed(f.owners, d.entity.value); })) ||
           (!f.people.empty() && !concerns(people, e));
  });
  return entries;
}

// The settings with --recipient and --cc in place of mail.to and mail.cc.
MailSettings addressed(const MailOptions& o, MailSettings settings) {
  if (!o.to.empty()) settings.to.assign(o.to.begin(), o.to.end());
  if (!o.cc.empty()) settings.cc.assign(o.cc.begin(), o.cc.end());
  return settings;
}

// The command line's own addresses and options, checked before the records are read.
void check_command_line(const MailOptions& o) {
  if (!o.sender.empty()) check_address(o.sender, "--sender");
  for (const std::string& a : o.to) check_address(a, "--recipient");
  for (const std::string& a : o.cc) check_address(a, "--cc");
  check_smtp_url(o.smtp);
  check_one_delivery(o);
}

// What the digests can hold: the deadlines due on a lead day and the meetings of the coming
// days, as the filters select them, in the window they cover.
struct MailContent {
  Date from, to;
  std::vector<Deadline> items;
  std::vector<MailMeeting> meetings;
  int incomplete = 0;  // the exit code of the warnings said on the way
};

MailContent mail_content(const RecordsSession& session, const MailOptions& o,
                         const std::vector<int>& lead_days) {
  const Store& store = session.loaded.store;
  MailContent content;
  std::tie(content.from, content.to) = deadline_window(o.filters, session.today, store.settings);
  DeadlineQuery query = deadline_query(o.filters, store, content.from, content.to);
  HolidayCalendar holidays(store.settings.holidays);
  Store listable = listable_store(session);
  auto collected = collect_deadlines(
      listable, {session.today, content.to, holidays, i18n::language(), content.from});
  content.items = due_for_mail(select_filtered(collected.all, query, o.filters, store),
                               session.today, lead_days);
  content.incomplete = std::max(warn_if_incomplete(session, o.strict),
                                warn_if_cut(collected.cut, query));
  // Meetings of the coming days only: one over before today is no news, whatever --from says.
  std::vector<AgendaEntry> agenda =
      agenda_entries(listable, std::max(content.from, session.today), content.to);
  content.meetings = meetings_for_mail(meetings_of_filters(std::move(agenda), o.filters, listable),
                                       session.today, lead_days);
  return content;
}

// The changes section --changes asks for, null without it.
nlohmann::json asked_changes(const RecordsSession& session, const MailOptions& o) {
  if (!o.changes) return nullptr;
  return changes_section(session, o.changes_since.empty() ? "7d" : o.changes_since);
}

// Nobody gets an empty message in a per-owner run, nor with --quiet-if-empty; but the desk's
// digest always goes when records could not be read, so that the warning is never lost, and
// when --changes has something to tell.
void drop_empty_digests(std::vector<Digest>& digests, const RecordsSession& session,
                        const MailOptions& o, const nlohmann::json& changes) {
  bool changed =
      !changes.is_null() && (!changes.at("records").empty() || !changes.at("settings").is_null());
  bool missing = session.health.unreadable_files + session.health.records_left_out > 0;
  std::erase_if(digests, [&](const Digest& d) {
    bool desk = d.is_desk();
    return d.empty() && !(desk && (missing || changed)) &&
           (!desk || o.per_owner || o.quiet_if_empty);
  });
}

DigestContext digest_context(const MailOptions& o, const MailSettings& settings,
                             const MailContent& content, Date today, std::vector<int> lead_days) {
  DigestContext context;
  context.language = i18n::language();
  context.today = today;
  context.subject = o.subject.empty() ? settings.subject : Text{o.subject, o.subject};
  context.from = content.from;
  context.to = content.to;
  context.overdue = !o.filters.no_overdue;
  context.lead_days = std::move(lead_days);
  return context;
}

int run_mail(const GlobalOptions& global, MailOptions o) {
  check_command_line(o);
  RecordsSession session = open_records(global);
  const Store& store = session.loaded.store;
  const MailSettings& settings = store.settings.mail;
  check_settings(o, settings);
  std::optional<SmtpOptions> smtp;
  if (!o.smtp.empty()) smtp = smtp_options(o, settings);
  std::vector<int> lead_days = parse_lead_days(o.lead_days, settings.lead_days);
  MailContent content = mail_content(session, o, lead_days);
  std::vector<Digest> digests = plan_digests(content.items, content.meetings, store,
                                             addressed(o, settings), {o.per_owner, o.desk_full});
  nlohmann::json changes = asked_changes(session, o);
  drop_empty_digests(digests, session, o, changes);
  if (digests.empty()) return content.incomplete;
  DigestContext context = digest_context(o, settings, content, session.today, lead_days);
  Built built = build_mails(digests, session, o, global, context, changes);
  int delivered = deliver(built, o, smtp);
  return delivered != 0 ? delivered : content.incomplete;
}

}  // namespace

void add_mail_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<MailOptions>();
  CLI::App* cmd = app.add_subcommand("mail", i18n::tr("help.mail"));
  add_deadline_filters(cmd, o->filters);
  cmd->add_flag("--per-owner", o->per_owner, i18n::tr("help.mail.per-owner"));
  cmd->add_flag("--desk-full", o->desk_full, i18n::tr("help.mail.desk-full"));
  cmd->add_option("--lead-days", o->lead_days, i18n::tr("help.mail.lead-days"))
      ->option_text("N,N...");
  cmd->add_flag("--quiet-if-empty", o->quiet_if_empty, i18n::tr("help.mail.quiet-if-empty"));
  cmd->add_option("--sender", o->sender, i18n::tr("help.mail.sender"))->option_text("ADDRESS");
  cmd->add_option("--recipient", o->to, i18n::tr("help.mail.to"))->option_text("ADDRESS");
  cmd->add_option("--cc", o->cc, i18n::tr("help.mail.cc"))->option_text("ADDRESS");
  cmd->add_option("--subject", o->subject, i18n::tr("help.mail.subject"))->option_text("TEXT");
  cmd->add_flag("--dry-run", o->dry_run, i18n::tr("help.mail.dry-run"));
  cmd->add_option("--outdir", o->outdir, i18n::tr("help.mail.outdir"))->option_text("DIR");
  cmd->add_flag("--force", o->force, i18n::tr("help.mail.force"));
  cmd->add_option("--sendmail", o->sendmail, i18n::tr("help.mail.sendmail"))
      ->option_text("COMMAND");
  cmd->add_option("--smtp", o->smtp, i18n::tr("help.mail.smtp"))->option_text("URL");
  cmd->add_flag("--require-tls", o->require_tls, i18n::tr("help.mail.require-tls"));
  cmd->add_option("--smtp-user", o->smtp_user, i18n::tr("help.mail.smtp-user"))
      ->option_text("USER");
  cmd->add_option("--password-file", o->password_file, i18n::tr("help.mail.password-file"))
      ->option_text("FILE");
  cmd->add_option("--ca-file", o->ca_file, i18n::tr("help.mail.ca-file"))->option_text("FILE");
  cmd->add_option("--timeout", o->timeout, i18n::tr("help.mail.timeout"))
      ->check(in_range(1, 600))
      ->option_text("SECONDS");
  cmd->add_flag("--strict", o->strict, i18n::tr("help.strict"));
  CLI::Option* changes = cmd->add_option("--changes", o->changes_since, i18n::tr("help.mail.changes"))
                             ->expected(0, 1)
                             ->option_text("[7d|DATE|REV]");
  cmd->footer(i18n::tr("help.mail.footer"));
  cmd->callback([&global, &outcome, o, changes] {
    o->changes = changes->count() > 0;
    outcome.exit_code = run_mail(global, *o);
  });
}

}  // namespace multilat::cli
