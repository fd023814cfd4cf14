#include "trainkit/workspace.h"

#include <algorithm>
#include <exception>
#include <thread>

#include "trainkit/base/join.h"
#include "trainkit/base/on_threads.h"
#include "trainkit/base/sha256.h"
#include "trainkit/translation/apply.h"
#include "trainkit/validate/validate.h"
#include "trainkit/writer_context.h"
#include "trainkit/xml/document.h"
#include "trainkit/xml/schema.h"

namespace trainkit {
namespace fs = std::filesystem;

namespace {

enum Kind : char { kCurriculumFile = 'c', kCountryFile = 'a', kTranslationFile = 't' };

// Media larger than this are not read: the writers' image check refuses far smaller ones.
constexpr uintmax_t kLargestMediaFile = 256u << 20;

// The xml:lang of the <adaptation> in a country file's bytes, or "". A guess, to read the
// translations it takes beside it: a comment may hold the text looked for, and the file may
// not parse.
std::string AdaptationLanguageIn(const std::string& bytes) {
  size_t tag = bytes.find("<adaptation");
  size_t end = tag == std::string::npos ? tag : bytes.find('>', tag);
  if (end == std::string::npos) return "";
  size_t attribute = bytes.find("xml:lang=", tag);
  if (attribute == std::string::npos || attribute + 10 >= end) return "";
  char quote = bytes[attribute + 9];
  size_t close = bytes.find(quote, attribute + 10);
  if ((quote != '"' && quote != '\'') || close == std::string::npos || close > end) return "";
  return bytes.substr(attribute + 10, close - attribute - 10);
}

}  // namespace

struct Workspace::CachedFile {
  size_t view = 0;  // the view it was last read in
  InputFile input;  // sha256 empty when the file could not be read
  bool parsed = false;  // its bytes were read into the model (they could be read at all)
  Diagnostics diagnostics;  // what reading, parsing and the schema found
  bool io_failed = false;
  std::optional<model::Curriculum> curriculum;
  std::optional<model::Adaptation> adaptation;
  std::optional<model::LanguagePack> translation;
};

Workspace::Workspace(const Env& env, fs::path path, Date check_date)
    : env_(env), paths_(reader::PathsOf(env, path)), check_date_(check_date),
      threads_(std::max(1u, std::thread::hardware_concurrency())) {}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace::CachedFile> Workspace::Load(const FileToRead& file, const CachedFile* cached) const {
  std::string name = file.path.generic_string();
  Diagnostics diagnostics;
  SourceFilePtr source = file.source ? file.source : xml::ReadSource(env_, file.path, name, diagnostics);
  std::string sha256 = source ? Sha256Hex(source->contents()) : "";
  if (cached && source && cached->input.sha256 == sha256) return nullptr;

  auto fresh = std::make_unique<CachedFile>();
  fresh->input = {name, sha256, source ? source->contents().size() : 0};
  fresh->io_failed = diagnostics.Has(Code::E001);
  if (source) {
    fresh->parsed = true;
    switch (file.kind) {
      case kCurriculumFile:
        fresh->curriculum = reader::LoadCurriculumFile(source, diagnostics);
        if (fresh->curriculum) fresh->curriculum->folder = paths_.folder;
        break;
      case kCountryFile: fresh->adaptation = reader::LoadAdaptationFile(source, diagnostics); break;
      default: fresh->translation = reader::LoadTranslationFile(source, diagnostics); break;
    }
  }
  fresh->diagnostics = std::move(diagnostics);
  return fresh;
}

std::vector<const Workspace::CachedFile*> Workspace::ReadAll(const std::vector<FileToRead>& files) {
  // Every entry is made here, before any thread starts: the threads only look entries up.
  std::vector<std::unique_ptr<CachedFile>*> entries;
  std::vector<size_t> to_load;
  for (size_t i = 0; i < files.size(); ++i) {
    entries.push_back(&files_[files[i].path.generic_string()]);
    if (!*entries.back() || (*entries.back())->view != view_) to_load.push_back(i);
  }
  // Reading, hashing and parsing a file touch nothing of the workspace: the files are loaded
  // on as many threads as there are cores, the largest (curriculum.xml, a language's
  // translations) side by side.
  std::vector<std::unique_ptr<CachedFile>> loaded(to_load.size());
  // libxml2 is set up on this thread first. The schema is compiled by the first thread to need
  // it, while the others parse.
  if (std::min<size_t>(to_load.size(), threads_) > 1) xml::SetUpParser();
  // The largest first, as far as kinds tell: a language's translations are larger than the
  // curriculum they translate (Cyrillic takes two bytes a letter), which is larger than a
  // country's adaptation. The files come back in the order asked for.
  auto rank = [&](size_t i) { return files[i].kind == kTranslationFile ? 0 : files[i].kind == kCurriculumFile ? 1 : 2; };
  std::stable_sort(to_load.begin(), to_load.end(), [&](size_t a, size_t b) { return rank(a) < rank(b); });
  RunOnThreads(to_load.size(), threads_,
               [&](size_t n) { loaded[n] = Load(files[to_load[n]], entries[to_load[n]]->get()); });

  for (size_t n = 0; n < to_load.size(); ++n) {
    std::unique_ptr<CachedFile>& entry = *entries[to_load[n]];
    ++stats_.files_read;
    if (loaded[n]) {
      stats_.files_parsed += loaded[n]->parsed;
      entry = std::move(loaded[n]);
    }
    entry->view = view_;
  }
  std::vector<const CachedFile*> read;
  for (auto* entry : entries) read.push_back(entry->get());
  return read;
}

const std::vector<std::string>& Workspace::XmlStemsIn(const fs::path& folder) {
  Listing& listing = listings_[folder.generic_string()];
  if (listing.view != view_) {
    listing = {view_, reader::XmlStemsIn(env_, folder)};
  }
  return listing.stems;
}

std::string Workspace::KeyOf(const std::vector<InputFile>& inputs, const std::string& question) {
  std::string key = question;
  for (const InputFile& input : inputs) key += "\n" + input.path + "\t" + input.sha256;
  return key;
}

Workspace::PendingCheck Workspace::Prepare(const Scope& scope, const std::map<std::string, PendingCheck>& batch) {
  const std::vector<std::string>& countries = XmlStemsIn(paths_.folder / "countries");
  const std::vector<std::string>& languages = XmlStemsIn(paths_.folder / "translations");
  auto has = [](const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  std::vector<FileToRead> wanted = {{paths_.curriculum_file, kCurriculumFile}};
  if (scope.everything) {
    for (const std::string& country : countries) wanted.push_back({paths_.CountryFile(country), kCountryFile});
    for (const std::string& language : languages) {
      if (!scope.outline) wanted.push_back({paths_.TranslationFile(language), kTranslationFile});
    }
  } else {
    // The translations a program takes depend on its language: the country's, else the
    // curriculum's. The country's is guessed from its file's bytes, so that the translations
    // are read beside it; the file as parsed has the last word.
    const bool has_country = !scope.country.empty() && has(countries, scope.country);
    if (has_country) wanted.push_back({paths_.CountryFile(scope.country), kCountryFile});
    const size_t files = wanted.size();
    auto with_translations = [&](const std::string& language) {
      wanted.resize(files);
      for (const std::string& tag : translation::PackLanguagesFor(language, scope.country)) {
        if (has(languages, tag)) wanted.push_back({paths_.TranslationFile(tag), kTranslationFile});
      }
    };
    std::string language = scope.language;
    if (language.empty() && has_country) {
      // Its bytes, read once: for the guess, and then parsed (unless this view has the file).
      auto cached = files_.find(wanted[1].path.generic_string());
      if (cached == files_.end() || !cached->second || cached->second->view != view_) {
        Diagnostics unread;  // a file that cannot be read is read, and reported, by ReadAll
        wanted[1].source = xml::ReadSource(env_, wanted[1].path, wanted[1].path.generic_string(), unread);
        if (wanted[1].source) with_translations(AdaptationLanguageIn(wanted[1].source->contents()));
      }
      const CachedFile* adaptation = ReadAll(wanted)[1];  // with the guessed translations, if any
      if (adaptation->adaptation) language = adaptation->adaptation->language;
      wanted[1].source = nullptr;
    }
    if (language.empty()) {
      const CachedFile* curriculum = ReadAll({wanted.front()}).front();
      if (curriculum->curriculum) language = curriculum->curriculum->language;
    }
    with_translations(language);
  }
  std::vector<const CachedFile*> read = ReadAll(wanted);

  std::vector<InputFile> inputs;
  for (const CachedFile* file : read) inputs.push_back(file->input);
  // The files there are count too: a program lists every country and language in its errors.
  std::string key = KeyOf(inputs, std::string(scope.outline ? "outline" : scope.everything ? "everything" : "program") +
                                      "\t" + Join(countries) + "\t" + Join(languages));
  if (auto found = checked_.find(key); found != checked_.end()) return {key, found->second, nullptr, scope.outline};
  if (auto found = batch.find(key); found != batch.end()) return found->second;

  auto checked = std::make_shared<CheckedFiles>();
  checked->inputs = std::move(inputs);
  reader::LoadedCurriculum& loaded = checked->loaded;
  for (const CachedFile* file : read) {
    checked->diagnostics.Append(file->diagnostics);
    loaded.io_failed = loaded.io_failed || file->io_failed;
    if (file->curriculum) loaded.curriculum = file->curriculum;
    if (file->adaptation) loaded.adaptations.push_back(*file->adaptation);
    if (file->translation) loaded.translations.push_back(*file->translation);
  }
  if (!scope.everything || scope.outline) {
    loaded.country_files = countries;
    loaded.translation_files = languages;
  }
  return {key, checked, checked, scope.outline};
}

Workspace::CheckBatch Workspace::PrepareChecks(const std::vector<Scope>& scopes) {
  CheckBatch batch;
  for (const Scope& scope : scopes) {
    batch.pending.push_back(Prepare(scope, batch.fresh));
    if (batch.pending.back().fresh) batch.fresh.emplace(batch.pending.back().key, batch.pending.back());
  }
  for (const auto& [key, check] : batch.fresh) batch.to_check.push_back(&check);
  return batch;
}

void Workspace::RunCheck(const CheckBatch& batch, size_t n) const {
  const PendingCheck& check = *batch.to_check[n];
  CheckedFiles& files = *check.fresh;
  if (!check.outline) {
    validate::Options options{check_date_};
    options.check_programs = false;
    options.env = &env_;
    options.threads = batch.to_check.size() == 1 ? threads_ : 1;  // else the sets share the threads
    validate::Validate(files.loaded, options, files.diagnostics);
  }
  files.diagnostics.Sort();
}

std::vector<std::shared_ptr<const CheckedFiles>> Workspace::StoreChecks(const CheckBatch& batch) {
  for (const auto& [key, check] : batch.fresh) checked_[key] = check.files;
  std::vector<std::shared_ptr<const CheckedFiles>> checked;
  for (const PendingCheck& check : batch.pending) checked.push_back(check.files);
  return checked;
}

std::vector<std::shared_ptr<const CheckedFiles>> Workspace::Check(const std::vector<Scope>& scopes) {
  CheckBatch batch = PrepareChecks(scopes);
  // Checking a set of files reads only them (and, for images, the Env): the sets are checked
  // side by side.
  RunOnThreads(batch.to_check.size(), threads_, [&](size_t n) { RunCheck(batch, n); });
  return StoreChecks(batch);
}

std::shared_ptr<const CheckedFiles> Workspace::Check(const Scope& scope) { return Check(std::vector<Scope>{scope}).front(); }

Diagnostics Workspace::Validate() {
  std::shared_ptr<const CheckedFiles> files = Check(Scope::Everything());
  std::string key = KeyOf(files->inputs, "validate");
  if (auto found = validated_.find(key); found != validated_.end()) return found->second;
  Diagnostics diagnostics = files->diagnostics;
  if (!diagnostics.has_errors()) {
    validate::Options options{check_date_};
    options.env = &env_;
    validate::CheckPrograms(files->loaded, options, diagnostics);
    diagnostics.Sort();
  }
  return validated_[key] = diagnostics;
}

std::vector<ProgramResult> Workspace::Resolve(const std::vector<resolve::Request>& requests) {
  std::vector<Scope> scopes;
  for (const resolve::Request& request : requests) scopes.push_back(Scope::Program(request.country, request.language));
  CheckBatch batch = PrepareChecks(scopes);  // read, not yet checked

  // What is not memoised yet, each once: programs, and the adaptations they start from (every
  // audience, track and delivery of a country and language starts from one).
  std::vector<ProgramResult> results(requests.size());
  std::vector<std::string> keys(requests.size());
  std::map<std::string, size_t> to_resolve;  // by key: the first request with it
  struct ToAdapt {
    size_t request;  // the first that starts from it
    Adapted adapted;
    std::exception_ptr failed;  // thrown while its files were not yet known to be free of errors
  };
  std::map<std::string, ToAdapt> to_adapt;
  std::vector<std::string> adapt_keys(requests.size());
  for (size_t i = 0; i < requests.size(); ++i) {
    const resolve::Request& request = requests[i];
    const CheckedFiles& files = *batch.pending[i].files;
    // The files read, and those there are (a request error lists them).
    const std::string read =
        KeyOf(files.inputs, Join(files.loaded.country_files) + "\t" + Join(files.loaded.translation_files));
    keys[i] = read + "\nresolve\t" + request.country + "\t" + request.audience + "\t" + request.track + "\t" +
              request.language + "\t" + std::to_string(static_cast<int>(request.delivery));
    if (resolved_.count(keys[i]) || !to_resolve.emplace(keys[i], i).second) continue;
    if (!files.loaded.curriculum) continue;  // an error of its files, which stops it
    if (!batch.pending[i].fresh && files.diagnostics.has_errors()) continue;  // checked before
    resolve::Request dated = request;
    dated.check_date = check_date_;
    if (resolve::CheckRequest(files.loaded, dated)) continue;  // said below, unless its files have errors
    adapt_keys[i] = read + "\nadapt\t" + request.country + "\t" + request.language;
    if (!adapted_.count(adapt_keys[i])) to_adapt.emplace(adapt_keys[i], ToAdapt{i, {batch.pending[i].files, nullptr}, nullptr});
  }

  // An adaptation needs only the files as read: it is made beside their checks, and kept only
  // if they find no error, as a program is only resolved from files without errors (resolve.h).
  // What it throws counts only then too.
  std::vector<ToAdapt*> adaptations;
  for (auto& [key, adaptation] : to_adapt) adaptations.push_back(&adaptation);
  const size_t checks = batch.to_check.size();
  RunOnThreads(checks + adaptations.size(), threads_, [&](size_t n) {
    if (n < checks) return RunCheck(batch, n);
    ToAdapt& adaptation = *adaptations[n - checks];
    const resolve::Request& request = requests[adaptation.request];
    try {
      adaptation.adapted.curriculum = resolve::Adapt(adaptation.adapted.files->loaded, request.country, request.language);
    } catch (...) {
      adaptation.failed = std::current_exception();
    }
  });
  std::vector<std::shared_ptr<const CheckedFiles>> files = StoreChecks(batch);
  for (auto& [key, adaptation] : to_adapt) {
    if (adaptation.adapted.files->diagnostics.has_errors()) continue;
    if (adaptation.failed) std::rethrow_exception(adaptation.failed);
    adapted_[key] = std::move(adaptation.adapted);
  }

  std::vector<size_t> programs;
  for (const auto& [key, i] : to_resolve) {
    ProgramResult& result = results[i];
    result.files = files[i];
    result.diagnostics = files[i]->diagnostics;
    if (files[i]->diagnostics.has_errors()) continue;
    resolve::Request dated = requests[i];
    dated.check_date = check_date_;
    if (auto error = resolve::CheckRequest(files[i]->loaded, dated)) {
      result.request_error = *error;
      continue;
    }
    programs.push_back(i);
  }
  RunOnThreads(programs.size(), threads_, [&](size_t n) {
    size_t i = programs[n];
    resolve::Request dated = requests[i];
    dated.check_date = check_date_;
    ProgramResult& result = results[i];
    auto resolved = resolve::ResolveAdapted(*adapted_.at(adapt_keys[i]).curriculum, dated, result.diagnostics);
    if (auto* error = std::get_if<resolve::RequestError>(&resolved)) {
      result.request_error = *error;
    } else {
      result.program = std::make_shared<resolve::ResolvedProgram>(std::move(std::get<resolve::ResolvedProgram>(resolved)));
    }
    result.diagnostics.Sort();
  });
  stats_.programs_resolved += programs.size();

  for (const auto& [key, i] : to_resolve) resolved_[key] = std::move(results[i]);
  for (size_t i = 0; i < requests.size(); ++i) results[i] = resolved_.at(keys[i]);
  return results;
}

ProgramResult Workspace::Resolve(const resolve::Request& request) {
  return Resolve(std::vector<resolve::Request>{request}).front();
}

Status Workspace::MakeContext(const resolve::ResolvedProgram& program, const writers::Writer& writer,
                              const RenderOptions& options, writers::WriterContext& context) const {
  fs::path templates = options.templates.empty() ? DefaultTemplateFolder() : options.templates;
  Status status = MakeWriterContext(writer, program, templates, paths_.folder, options.paper, context, options.strings);
  if (!status.ok()) return status;
  context.load_media = [this](const std::string& source) -> std::optional<std::string> {
    std::string bytes;
    if (env_.ReadFile(paths_.folder / source, kLargestMediaFile, bytes)) return std::nullopt;
    return bytes;
  };
  if (writer.takes_reference_docx) context.reference_docx = options.reference_docx;
  context.allow_unchecked_facts = options.allow_unchecked_facts;
  context.scorm = options.scorm;
  if (writer.print_layouts) context.print = options.print;
  if (writer.takes_participants > 0) context.participants = options.participants;
  if (writer.shows_brand) context.brand = options.brand;
  return Status::Ok();
}

Status Workspace::Render(const resolve::ResolvedProgram& program, const writers::Writer& writer,
                         const RenderOptions& options, writers::OutputSink& out, Diagnostics& diagnostics) const {
  writers::WriterContext context;
  Status status = MakeContext(program, writer, options, context);
  return status.ok() ? writer.write(program, context, out, diagnostics) : status;
}

Status Workspace::RenderBytes(const resolve::ResolvedProgram& program, const writers::Writer& writer,
                              const RenderOptions& options, std::string& bytes, Diagnostics& diagnostics,
                              int* pages) const {
  writers::WriterContext context;
  Status status = MakeContext(program, writer, options, context);
  return status.ok() ? writers::WriteBytes(writer, program, context, bytes, diagnostics, pages) : status;
}

}  // namespace trainkit
