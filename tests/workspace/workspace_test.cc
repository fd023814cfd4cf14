// The workspace reads what a question needs, through its Env, and no more, once per view of
// the files; what has not changed since it was last read is not read into the model again.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <map>
#include <mutex>

#include "trainkit/workspace.h"

namespace trainkit {
namespace {

namespace fs = std::filesystem;

std::string SourceText(const std::string& relative) {
  std::ifstream in(fs::path(TRAINKIT_SOURCE_DIR) / "tests/data/minimal" / relative, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The minimal test curriculum in memory, counting the reads of each file (a workspace reads
// from several threads at once).
class CountingEnv : public MemEnv {
 public:
  ReadError ReadFile(const fs::path& path, uintmax_t max_bytes, std::string& contents) const override {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ++reads[path.generic_string()];
    }
    return MemEnv::ReadFile(path, max_bytes, contents);
  }
  mutable std::map<std::string, int> reads;  // read once the workspace has returned

 private:
  mutable std::mutex mutex_;
};

void WriteMinimal(MemEnv& env) {
  env.Write("c/curriculum.xml", SourceText("curriculum.xml"));
  env.Write("c/countries/UA.xml", SourceText("countries/UA.xml"));
  env.Write("c/translations/uk.xml", SourceText("translations/uk.xml"));
  env.Write("c/media/elements.png", SourceText("media/elements.png"));
}

std::vector<std::string> PathsOf(const std::vector<InputFile>& inputs) {
  std::vector<std::string> paths;
  for (const InputFile& input : inputs) paths.push_back(input.path);
  return paths;
}

const Date kToday{2026, 12, 6};

TEST_CASE("a program reads curriculum.xml, its country and its language, not the other countries") {
  CountingEnv env;
  WriteMinimal(env);
  env.Write("c/countries/MD.xml", "<not-even-xml");  // broken: a program of UA must not care
  Workspace workspace(env, "c", kToday);

  ProgramResult ua = workspace.Resolve({"UA", "police", "", "", kToday});
  for (const auto& d : ua.diagnostics.items()) UNSCOPED_INFO(d.location.ToString() + " " + d.message);
  REQUIRE(ua.program);
  CHECK(ua.program->language == "uk");
  CHECK(PathsOf(ua.files->inputs) ==
        std::vector<std::string>{"c/curriculum.xml", "c/countries/UA.xml", "c/translations/uk.xml"});
  CHECK(env.reads.count("c/countries/MD.xml") == 0);
  CHECK_FALSE(ua.diagnostics.has_errors());

  // The international version in the curriculum's language needs no translation at all.
  ProgramResult international = workspace.Resolve({"", "police", "", "", kToday});
  REQUIRE(international.program);
  CHECK(PathsOf(international.files->inputs) == std::vector<std::string>{"c/curriculum.xml"});

  // Everything is what validate reads: the broken country is reported there.
  Diagnostics all = workspace.Validate();
  CHECK(all.has_errors());
  CHECK(all.items().front().location.file->path() == "c/countries/MD.xml");
}

TEST_CASE("a country's language is guessed from its bytes to read its translations beside it, and checked") {
  CountingEnv env;
  WriteMinimal(env);
  env.Write("c/translations/ro.xml", "<not-even-xml");  // what a wrong guess would read
  Workspace plain(env, "c", kToday);
  ProgramResult expected = plain.Resolve({"UA", "police", "", "", kToday});
  REQUIRE(expected.program);
  CHECK(env.reads["c/countries/UA.xml"] == 1);  // the guess reads the file's bytes; the load, the cache
  CHECK(env.reads.count("c/translations/ro.xml") == 0);

  // A comment that looks like the element, before it: the guess is wrong, the program is not.
  std::string country = SourceText("countries/UA.xml");
  size_t declaration_end = country.find("?>") + 2;
  country.insert(declaration_end, "\n<!-- an example: <adaptation xml:lang=\"ro\"> -->");
  env.Write("c/countries/UA.xml", country);
  Workspace misled(env, "c", kToday);
  ProgramResult ua = misled.Resolve({"UA", "police", "", "", kToday});
  REQUIRE(ua.program);
  CHECK(ua.program->language == "uk");
  CHECK(PathsOf(ua.files->inputs) ==
        std::vector<std::string>{"c/curriculum.xml", "c/countries/UA.xml", "c/translations/uk.xml"});
  CHECK(env.reads["c/translations/ro.xml"] == 1);  // read for the guess, not used
  CHECK_FALSE(ua.diagnostics.has_errors());
  RenderOptions options;
  options.templates = fs::path(TRAINKIT_SOURCE_DIR) / "templates";
  options.allow_unchecked_facts = true;
  std::string a, b;
  Diagnostics ignored;
  REQUIRE(plain.RenderBytes(*expected.program, *writers::FindWriter("markdown"), options, a, ignored).ok());
  REQUIRE(misled.RenderBytes(*ua.program, *writers::FindWriter("markdown"), options, b, ignored).ok());
  CHECK(a == b);
}

TEST_CASE("a country that is not there is a request error naming the countries that are") {
  CountingEnv env;
  WriteMinimal(env);
  Workspace workspace(env, "c", kToday);
  ProgramResult result = workspace.Resolve({"UK", "police", "", "", kToday});
  CHECK_FALSE(result.program);
  REQUIRE(result.request_error);
  CHECK(result.request_error->message.find("did you mean 'UA'") != std::string::npos);

  // Asked again after another country's file appeared: the list is the new one.
  env.Write("c/countries/MD.xml", "<adaptation/>");
  workspace.Refresh();
  result = workspace.Resolve({"UK", "police", "", "", kToday});
  REQUIRE(result.request_error);
  CHECK(result.request_error->message.find("MD, UA") != std::string::npos);
}

TEST_CASE("a changed file is read into the model again, and only that file") {
  CountingEnv env;
  WriteMinimal(env);
  Workspace workspace(env, "c", kToday);
  ProgramResult first = workspace.Resolve({"UA", "police", "", "", kToday});
  REQUIRE(first.program);
  CHECK(workspace.stats().files_parsed == 3);

  // Asked again with nothing changed: the same program, not resolved again.
  ProgramResult again = workspace.Resolve({"UA", "police", "", "", kToday});
  CHECK(again.program == first.program);
  CHECK(again.files == first.files);

  // The country changes one fact: a new program, and the curriculum's model is the same object.
  std::string country = SourceText("countries/UA.xml");
  REQUIRE(country.find("</facts>") != std::string::npos);
  env.Write("c/countries/UA.xml", country + "<!-- edited -->");
  workspace.Refresh();
  ProgramResult changed = workspace.Resolve({"UA", "police", "", "", kToday});
  REQUIRE(changed.program);
  CHECK(changed.program != first.program);
  CHECK(changed.files->inputs[0].sha256 == first.files->inputs[0].sha256);
  CHECK(changed.files->inputs[1].sha256 != first.files->inputs[1].sha256);
  CHECK(workspace.stats().files_parsed == 4);  // the three, then the country again
  CHECK(workspace.stats().programs_resolved == 2);

  // A file broken in the editor gives its diagnostics, with its line, and no program.
  env.Write("c/countries/UA.xml", country.substr(0, country.size() / 2));
  workspace.Refresh();
  ProgramResult broken = workspace.Resolve({"UA", "police", "", "", kToday});
  CHECK_FALSE(broken.program);
  REQUIRE(broken.diagnostics.has_errors());
  CHECK(broken.diagnostics.items().front().location.file->path() == "c/countries/UA.xml");
  CHECK(broken.diagnostics.items().front().location.line > 0);

  // Fixed again: the first program's files, as they were.
  env.Write("c/countries/UA.xml", country);
  workspace.Refresh();
  ProgramResult fixed = workspace.Resolve({"UA", "police", "", "", kToday});
  CHECK(fixed.program == first.program);
  CHECK(workspace.stats().programs_resolved == 2);
}

TEST_CASE("until Refresh, every answer comes from the files as first read, each read once") {
  CountingEnv env;
  WriteMinimal(env);
  Workspace workspace(env, "c", kToday);
  REQUIRE(workspace.Resolve({"UA", "police", "", "", kToday}).program);
  REQUIRE_FALSE(workspace.Validate().has_errors());
  ProgramResult first = workspace.Resolve({"UA", "general-public", "", "", kToday});
  REQUIRE(first.program);
  for (const char* file : {"c/curriculum.xml", "c/countries/UA.xml", "c/translations/uk.xml"}) {
    CHECK(env.reads[file] == 1);
  }
  CHECK(workspace.stats().files_read == 3);

  // Changed on disk: not seen yet, so that one build or one page sees one state of the files.
  std::string country = SourceText("countries/UA.xml");
  env.Write("c/countries/UA.xml", country.substr(0, country.size() / 2));
  env.Write("c/countries/MD.xml", "<adaptation/>");
  CHECK(workspace.Resolve({"UA", "general-public", "", "", kToday}).program == first.program);
  CHECK_FALSE(workspace.Validate().has_errors());
  CHECK(workspace.stats().files_read == 3);

  // Refreshed: every file is read again (the unchanged ones are not parsed again), and the
  // broken country and the new one are seen.
  workspace.Refresh();
  CHECK_FALSE(workspace.Resolve({"UA", "general-public", "", "", kToday}).program);
  CHECK(workspace.Validate().has_errors());
  CHECK(env.reads["c/curriculum.xml"] == 2);
  CHECK(env.reads["c/countries/MD.xml"] == 1);
  CHECK(workspace.stats().files_parsed == 5);  // the three, the broken UA.xml and MD.xml
}

TEST_CASE("files read on one thread or side by side give the same checks and programs") {
  CountingEnv env;
  WriteMinimal(env);
  env.Write("c/countries/MD.xml", "<not-even-xml");
  Workspace alone(env, "c", kToday), side_by_side(env, "c", kToday);
  alone.set_threads(1);
  side_by_side.set_threads(4);
  Diagnostics one = alone.Validate(), many = side_by_side.Validate();
  REQUIRE(one.items().size() == many.items().size());
  for (size_t i = 0; i < one.items().size(); ++i) {
    CHECK(one.items()[i].location.ToString() == many.items()[i].location.ToString());
    CHECK(one.items()[i].message == many.items()[i].message);
  }
  ProgramResult a = alone.Resolve({"UA", "police", "", "", kToday});
  ProgramResult b = side_by_side.Resolve({"UA", "police", "", "", kToday});
  REQUIRE(a.program);
  REQUIRE(b.program);
  CHECK(PathsOf(a.files->inputs) == PathsOf(b.files->inputs));
  // The same program, as participants read it.
  RenderOptions options;
  options.templates = fs::path(TRAINKIT_SOURCE_DIR) / "templates";
  options.allow_unchecked_facts = true;
  const writers::Writer& markdown = *writers::FindWriter("markdown");
  std::string a_text, b_text;
  Diagnostics ignored;
  REQUIRE(alone.RenderBytes(*a.program, markdown, options, a_text, ignored).ok());
  REQUIRE(side_by_side.RenderBytes(*b.program, markdown, options, b_text, ignored).ok());
  CHECK(a_text.size() > 500);
  CHECK(a_text == b_text);
  CHECK(alone.stats().files_read == side_by_side.stats().files_read);
  CHECK(alone.stats().files_parsed == side_by_side.stats().files_parsed);
}

TEST_CASE("programs resolved together, side by side, are those resolved one by one") {
  CountingEnv env;
  WriteMinimal(env);
  env.Write("c/countries/MD.xml", "<not-even-xml");  // its programs fail; the others do not care
  const std::vector<resolve::Request> requests = {
      {"UA", "police", "", "", kToday},          {"", "police", "", "", kToday},
      {"UA", "general-public", "", "", kToday},  {"UA", "police", "", "", kToday},  // again
      {"MD", "police", "", "", kToday},          {"XX", "police", "", "", kToday},  // no such country
  };
  Workspace together(env, "c", kToday), one_by_one(env, "c", kToday);
  together.set_threads(4);
  one_by_one.set_threads(1);
  std::vector<ProgramResult> batch = together.Resolve(requests);
  REQUIRE(batch.size() == requests.size());
  // Each program once: the repeated request is the same program, not made again.
  CHECK(batch[3].program == batch[0].program);
  CHECK(together.stats().programs_resolved == 3);

  RenderOptions options;
  options.templates = fs::path(TRAINKIT_SOURCE_DIR) / "templates";
  options.allow_unchecked_facts = true;
  const writers::Writer& markdown = *writers::FindWriter("markdown");
  for (size_t i = 0; i < requests.size(); ++i) {
    INFO("request " << i);
    ProgramResult single = one_by_one.Resolve(requests[i]);
    CHECK(static_cast<bool>(batch[i].program) == static_cast<bool>(single.program));
    CHECK(batch[i].request_error.has_value() == single.request_error.has_value());
    CHECK(batch[i].diagnostics.errors() == single.diagnostics.errors());
    CHECK(batch[i].diagnostics.warnings() == single.diagnostics.warnings());
    if (!single.program) continue;
    std::string a, b;
    Diagnostics ignored;
    REQUIRE(together.RenderBytes(*batch[i].program, markdown, options, a, ignored).ok());
    REQUIRE(one_by_one.RenderBytes(*single.program, markdown, options, b, ignored).ok());
    CHECK(a == b);
  }
  CHECK(batch[1].program);
  CHECK(batch[4].diagnostics.has_errors());  // MD's own file is broken
  CHECK(batch[5].request_error);
  // Asked again, together: every answer is memoised.
  std::vector<ProgramResult> again = together.Resolve(requests);
  CHECK(again[0].program == batch[0].program);
  CHECK(together.stats().programs_resolved == 3);
}

TEST_CASE("a program whose files have an error is not resolved, though its adaptation is made beside the check") {
  CountingEnv env;
  WriteMinimal(env);
  // Well-formed and valid against the schema, so the country is adapted while its files are
  // checked; the check then finds an unknown fact (E104), which stops the program.
  std::string country = SourceText("countries/UA.xml");
  const std::string known = "<fact key=\"hotline.national\"";
  REQUIRE(country.find(known) != std::string::npos);
  country.replace(country.find(known), known.size(), "<fact key=\"no-such-fact\"");
  env.Write("c/countries/UA.xml", country);
  Workspace workspace(env, "c", kToday);
  ProgramResult ua = workspace.Resolve({"UA", "police", "", "", kToday});
  CHECK_FALSE(ua.program);
  CHECK_FALSE(ua.request_error);
  CHECK(ua.diagnostics.Has(Code::E104));
  CHECK(workspace.stats().programs_resolved == 0);
  // The international program, from the same curriculum without the country, is made.
  CHECK(workspace.Resolve({"", "police", "", "", kToday}).program);
}

TEST_CASE("scopes checked together are those checked one by one") {
  CountingEnv env;
  WriteMinimal(env);
  env.Write("c/countries/MD.xml", "<not-even-xml");
  Workspace together(env, "c", kToday), one_by_one(env, "c", kToday);
  const std::vector<Scope> scopes = {Scope::Everything(), Scope::Program("UA", ""), Scope::Program("", ""),
                                     Scope::Program("UA", ""), Scope::Program("MD", "")};
  auto checked = together.Check(scopes);
  REQUIRE(checked.size() == scopes.size());
  CHECK(checked[3] == checked[1]);  // the same files, checked once
  for (size_t i = 0; i < scopes.size(); ++i) {
    INFO("scope " << i);
    auto single = one_by_one.Check(scopes[i]);
    CHECK(PathsOf(checked[i]->inputs) == PathsOf(single->inputs));
    REQUIRE(checked[i]->diagnostics.items().size() == single->diagnostics.items().size());
    for (size_t d = 0; d < single->diagnostics.items().size(); ++d) {
      CHECK(checked[i]->diagnostics.items()[d].message == single->diagnostics.items()[d].message);
    }
  }
  CHECK(checked[0]->diagnostics.has_errors());
  CHECK_FALSE(checked[1]->diagnostics.has_errors());
}

TEST_CASE("a file that cannot be read is E001 with its name, whatever the Env") {
  MemEnv env;
  Workspace workspace(env, "nowhere", kToday);
  std::shared_ptr<const CheckedFiles> files = workspace.Check(Scope::Everything());
  CHECK(files->loaded.io_failed);
  REQUIRE(files->diagnostics.items().size() == 1);
  CHECK(files->diagnostics.items()[0].code == Code::E001);
  CHECK(files->diagnostics.items()[0].location.file->path() == "nowhere");
  CHECK(files->diagnostics.items()[0].message == "cannot read file: no such file");
}

TEST_CASE("MemEnv lists folders and tells files from folders as the disk does") {
  MemEnv env;
  env.Write("a/b/one.xml", "1");
  env.Write("a/b/two.xml", "2");
  env.Write("a/c/three.xml", "3");
  CHECK(env.KindOf("a") == Env::Kind::kFolder);
  CHECK(env.KindOf("a/b/one.xml") == Env::Kind::kFile);
  CHECK(env.KindOf("a/d") == Env::Kind::kMissing);
  CHECK(env.List("a") == std::vector<std::string>{"b", "c"});
  CHECK(env.List("a/b") == std::vector<std::string>{"one.xml", "two.xml"});
  std::string contents;
  CHECK(env.ReadFile("a/b", 100, contents).reason == Env::ReadError::Reason::kFolder);
  CHECK(env.ReadFile("a/b/one.xml", 0, contents).reason == Env::ReadError::Reason::kTooLarge);
  env.Remove("a/b/one.xml");
  CHECK(env.KindOf("a/b/one.xml") == Env::Kind::kMissing);
}

}  // namespace
}  // namespace trainkit
