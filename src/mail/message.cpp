// Building the digest message with vmime's messageBuilder.
#include "mail/message.h"

#include <fmt/format.h>
#include <vmime/contentTypeField.hpp>
#include <vmime/vmime.hpp>

#include <chrono>
#include <functional>

#include "render/cell_text.h"

namespace multilat {
namespace {

// Text parts go out with CRLF line ends, as SMTP requires.
std::string crlf(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 40);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) out += '\r';
    out += text[i];
  }
  return out;
}

vmime::addressList addresses(const std::vector<std::string>& list) {
  vmime::addressList out;
  for (const std::string& address : list) {
    out.appendAddress(vmime::make_shared<vmime::mailbox>(terminal_safe(address)));
  }
  return out;
}

vmime::datetime date_of(const std::optional<Date>& fixed) {
  if (fixed) {
    // Midnight in Nouméa (UTC+11, no daylight saving): the day the digest is about.
    return vmime::datetime(static_cast<int>(fixed->year()), static_cast<int>(
                               static_cast<unsigned>(fixed->month())),
                           static_cast<int>(static_cast<unsigned>(fixed->day())), 0, 0, 0,
                           11 * 60);
  }
  return vmime::datetime::now();
}

std::string message_id(const MailMessage& m, const vmime::datetime& date) {
  std::string key = m.from + '\n' + m.subject + '\n' + m.plain + '\n' + date.generate();
  for (const std::string& to : m.to) key += '\n' + to;
  return fmt::format("{:016x}", std::hash<std::string>{}(key));
}

// vmime picks random boundaries; fixed ones keep the same digest the same bytes.
void set_boundaries(vmime::bodyPart& part, const std::string& base, int& count) {
  auto header = part.getHeader();
  if (header->hasField(vmime::fields::CONTENT_TYPE)) {
    auto type = vmime::dynamicCast<vmime::contentTypeField>(header->ContentType());
    auto media = vmime::dynamicCast<const vmime::mediaType>(type->getValue());
    if (media && media->getType() == vmime::mediaTypes::MULTIPART) {
      type->setBoundary(fmt::format("=_multilat_{}_{}", base, count++));
    }
  }
  for (const auto& child : part.getBody()->getPartList()) set_boundaries(*child, base, count);
}

}  // namespace

void set_generation_defaults() {
  vmime::generationContext& context = vmime::generationContext::getDefaultContext();
  context.setPrologText("");
  context.setEpilogText("");
}

std::string build_message(const MailMessage& m) {
  vmime::messageBuilder builder;
  builder.setExpeditor(vmime::mailbox(terminal_safe(m.from)));
  builder.setRecipients(addresses(m.to));
  if (!m.cc.empty()) builder.setCopyRecipients(addresses(m.cc));
  // Header values go through terminal_safe(): on one line, and showing what they hold (no C1
  // control, no bidirectional override). One word for the whole subject: other forms lose or
  // double the spaces around encoded words.
  builder.setSubject(vmime::text(vmime::word(terminal_safe(m.subject), vmime::charsets::UTF_8)));
  builder.constructTextPart(
      vmime::mediaType(vmime::mediaTypes::TEXT, vmime::mediaTypes::TEXT_HTML));
  auto part = vmime::dynamicCast<vmime::htmlTextPart>(builder.getTextPart());
  part->setCharset(vmime::charsets::UTF_8);
  part->setText(vmime::make_shared<vmime::stringContentHandler>(crlf(m.html)));
  part->setPlainText(vmime::make_shared<vmime::stringContentHandler>(crlf(m.plain)));
  vmime::shared_ptr<vmime::message> message = builder.construct();
  vmime::datetime date = date_of(m.fixed_date);
  message->getHeader()->Date()->setValue(date);
  std::string id = message_id(m, date);
  message->getHeader()->MessageId()->setValue(vmime::messageId(id, "multilat"));
  // RFC 3834: vacation responders and ticket systems must not answer a robot.
  message->getHeader()->appendField(
      vmime::headerFieldFactory::getInstance()->create("Auto-Submitted", "auto-generated"));
  int count = 0;
  set_boundaries(*message, id, count);
  std::string out;
  vmime::utility::outputStreamStringAdapter stream(out);
  set_generation_defaults();
  message->generate(stream);
  return out;
}

}  // namespace multilat
