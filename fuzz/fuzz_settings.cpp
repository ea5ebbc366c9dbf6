// libFuzzer target: the bytes of records/multilat.yaml through the settings loader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "load/record_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  multilat::RecordFile file{"multilat.yaml", "records/multilat.yaml",
                            multilat::Kind::Organisation, "multilat"};
  multilat::parse_settings(bytes, file);
  return 0;
}
