// Hostile and broken curricula, as people might download and share them: each is refused with
// its diagnostic, fast and within bounded memory, and nothing outside the curriculum is read or
// fetched. (doc/limits.md lists these limits.)
#include <catch2/catch.hpp>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <functional>

#include "../support/run_process.h"
#include "../support/temp_dir.h"

using namespace trainkit;
namespace fs = std::filesystem;

namespace {

std::string Minimal() { return test::ReadFile(fs::path(TRAINKIT_SOURCE_DIR) / "tests/data/minimal/curriculum.xml"); }

// The minimal curriculum with its first `from` replaced by `to`.
std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// The minimal curriculum with a DOCTYPE after its XML declaration.
std::string WithDoctype(const std::string& doctype, const std::string& title) {
  std::string text = Replace(Minimal(), "<title>A minimal curriculum</title>", "<title>" + title + "</title>");
  return Replace(text, "<?xml-model", doctype + "\n<?xml-model");
}

struct Case {
  std::string name;
  std::function<void(const test::TempDir&)> make;  // writes case/curriculum.xml (and more)
  std::string expected;                             // in what validate prints
};

// A TCP port on this machine that listens and counts who knocks.
class Listener {
 public:
  Listener() {
    fd_ = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(listen(fd_, 8) == 0);
    socklen_t length = sizeof address;
    getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
  }
  ~Listener() { close(fd_); }
  int port() const { return port_; }
  bool Knocked() const {
    int client = accept(fd_, nullptr, nullptr);
    if (client >= 0) close(client);
    return client >= 0;
  }

 private:
  int fd_ = -1;
  int port_ = 0;
};

}  // namespace

TEST_CASE("hostile and broken curricula are refused with their diagnostic, fast, reading nothing else") {
  Listener listener;
  const std::string url = "http://127.0.0.1:" + std::to_string(listener.port()) + "/entity";
  std::string laughs = "<!DOCTYPE curriculum [<!ENTITY l0 \"lol\">";
  for (int i = 1; i <= 9; ++i) {
    laughs += "<!ENTITY l" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) laughs += "&l" + std::to_string(i - 1) + ";";
    laughs += "\">";
  }
  laughs += "]>";
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<em>";
  deep += "x";
  for (int i = 0; i < 100000; ++i) deep += "</em>";

  const std::vector<Case> cases = {
      {"external entity naming a local file",
       [](auto& d) { d.Write("case/curriculum.xml", WithDoctype("<!DOCTYPE curriculum [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;")); },
       "case/curriculum.xml:2:1: error[E006]"},
      {"external entity naming a URL",
       [&](auto& d) { d.Write("case/curriculum.xml", WithDoctype("<!DOCTYPE curriculum [<!ENTITY x SYSTEM \"" + url + "\">]>", "&x;")); },
       "case/curriculum.xml:2:1: error[E006]"},
      {"entity expansion bomb",
       [&](auto& d) { d.Write("case/curriculum.xml", WithDoctype(laughs, "&l9;")); },
       "case/curriculum.xml:2:1: error[E006]"},
      {"quadratic blow-up",
       [](auto& d) {
         std::string title;
         for (int i = 0; i < 20000; ++i) title += "&a;";
         d.Write("case/curriculum.xml", WithDoctype("<!DOCTYPE curriculum [<!ENTITY a \"" + std::string(50000, 'a') + "\">]>", title));
       },
       "case/curriculum.xml:2:1: error[E006]"},
      {"nesting 100,000 deep",
       [&](auto& d) { d.Write("case/curriculum.xml", Replace(Minimal(), "<p>The smallest", "<p>" + deep + "The smallest")); },
       "error[E005]: malformed XML: Excessive depth in document"},
      {"a 200 MB file",
       [](auto& d) {
         fs::path file = d.Write("case/curriculum.xml", Minimal());
         fs::resize_file(file, 200u << 20);  // sparse: refused by its size, before reading
       },
       "case/curriculum.xml: error[E004]: file is too large: 209715200 bytes"},
      {"a NUL byte",
       [](auto& d) { d.Write("case/curriculum.xml", Replace(Minimal(), "A minimal", std::string("A\0minimal", 9))); },
       "case/curriculum.xml:4:11: error[E003]: file contains a NUL byte"},
      {"invalid UTF-8",
       [](auto& d) { d.Write("case/curriculum.xml", Replace(Minimal(), "A minimal", "A \xff\xfe minimal")); },
       "case/curriculum.xml:4:12: error[E003]: file is not valid UTF-8 text here"},
      {"a UTF-16 file",
       [](auto& d) {
         std::string utf8 = Replace(Minimal(), "encoding=\"UTF-8\"", "encoding=\"UTF-16\""), utf16 = "\xff\xfe";
         for (char c : utf8) utf16 += std::string{c, '\0'};  // ASCII as UTF-16LE is enough to be refused
         d.Write("case/curriculum.xml", utf16);
       },
       "case/curriculum.xml:1:1: error[E003]: file is UTF-16 text"},
      {"media through '..'",
       [](auto& d) { d.Write("case/curriculum.xml", Replace(Minimal(), "media/elements.png", "../../etc/passwd")); },
       "error[E142]: image '../../etc/passwd' is outside the curriculum folder"},
      {"media by absolute path",
       [](auto& d) { d.Write("case/curriculum.xml", Replace(Minimal(), "media/elements.png", "/etc/passwd")); },
       "error[E142]: image '/etc/passwd' is outside the curriculum folder"},
      {"media by file: URL",
       [](auto& d) { d.Write("case/curriculum.xml", Replace(Minimal(), "media/elements.png", "file:///etc/passwd")); },
       "error[E142]: image 'file:///etc/passwd' is outside the curriculum folder"},
      {"an id that would leave its folder in a file or zip entry name",
       [](auto& d) { d.Write("case/curriculum.xml", Replace(Minimal(), "id=\"minimal\"", "id=\"../../minimal\"")); },
       "error[E015]: invalid value '../../minimal' for 'id'"},
      {"27 choices",
       [](auto& d) {
         std::string choices;
         for (int i = 0; i < 26; ++i) choices += "<choice>c</choice>";
         d.Write("case/curriculum.xml", Replace(Minimal(), "<choice>An act</choice>", "<choice>An act</choice>" + choices));
       },
       "error[E019]: does not match the schema: Element 'choice': This element is not expected."},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    test::TempDir dir;
    c.make(dir);
    auto start = std::chrono::steady_clock::now();
    auto result = test::RunTrainkit({"validate", "case/curriculum.xml"}, dir.path());
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO(result.err);
    CHECK(result.exit_code == 1);
    CHECK(result.err.find(c.expected) != std::string::npos);
    CHECK(result.err.find("root:") == std::string::npos);  // nothing of /etc/passwd
    CHECK(seconds < 10);  // refused, not ground through (a generous bound for slow machines)
  }
  CHECK_FALSE(listener.Knocked());  // the URL was never fetched
}

TEST_CASE("a byte order mark and CRLF line ends are fine") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "case");
  std::string text = Minimal(), crlf;
  for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  dir.Write("case/curriculum.xml", "\xef\xbb\xbf" + crlf);
  auto result = test::RunTrainkit({"validate", "case"}, dir.path());
  INFO(result.err);
  CHECK(result.exit_code == 0);
}

TEST_CASE("a symbolic link out of the curriculum folder is refused") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "case");
  fs::remove(dir.path() / "case/media/elements.png");
  fs::create_symlink("/etc/passwd", dir.path() / "case/media/elements.png");
  auto result = test::RunTrainkit({"validate", "case"}, dir.path());
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("error[E142]: image 'media/elements.png' leads outside the curriculum folder through a "
                        "symbolic link") != std::string::npos);
}
