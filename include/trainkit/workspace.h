// trainkit as a library: a curriculum folder opened once, and asked for its diagnostics, its
// programs and their outputs. The command-line tool, the tests, the fuzzer and the benchmarks
// all go through it, and so can a preview server or an editor.
//
// The curriculum's XML files are read through an Env (the disk, or memory) when a question
// first needs them, and kept: every check and program comes from one view of those files, as
// they were first read, until Refresh() (a build of 645 files reads each once). After
// Refresh(), each file is read again when asked for and parsed again only when its bytes
// changed, so a changed countries/UA.xml costs one file. Checking a set of files and resolving
// a program are memoised on the names and hashes of those XML files; images (whether they are
// there, and a language's variants) are looked at when a set is first checked or a program
// first resolved, not again, and media are read when an output is written (doc/library.md).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "trainkit/base/date.h"
#include "trainkit/base/diagnostic.h"
#include "trainkit/env.h"
#include "trainkit/reader/load.h"
#include "trainkit/resolve/resolve.h"
#include "trainkit/writers/writer.h"

namespace trainkit {

// Which of a curriculum's files a question needs.
struct Scope {
  // Every file: what `validate` and `build` read.
  static Scope Everything() { return {}; }
  // What one program is made from: curriculum.xml, the country's adaptation ("" for the
  // international version) and the translations its language takes ("": the adaptation's
  // language, else the curriculum's). Other countries and languages are not read.
  static Scope Program(std::string country, std::string language) {
    return {false, std::move(country), std::move(language)};
  }
  // curriculum.xml and every adaptation, read but not checked, and the translations known by
  // their file names only: enough to list the programs, as a build plans them.
  static Scope Outline() { return {true, "", "", true}; }

  bool everything = true;
  std::string country;
  std::string language;
  bool outline = false;
};

// A file as it was read.
struct InputFile {
  std::string path;  // as diagnostics name it
  std::string sha256;
  size_t bytes = 0;
};

// The files of a scope, read and checked, each file and all of them together, as `validate`
// checks them without resolving programs.
struct CheckedFiles {
  reader::LoadedCurriculum loaded;
  Diagnostics diagnostics;        // sorted
  std::vector<InputFile> inputs;  // every file read: curriculum.xml, countries, translations
};

// One program, resolved.
struct ProgramResult {
  std::shared_ptr<const CheckedFiles> files;
  std::shared_ptr<const resolve::ResolvedProgram> program;  // null on a request error
  Diagnostics diagnostics;  // its files' and resolution's, sorted
  std::optional<resolve::RequestError> request_error;
};

// How an output is made beyond its program: what `export` and `build` take as options.
struct RenderOptions {
  std::filesystem::path templates;  // empty: DefaultTemplateFolder()
  std::filesystem::path strings;    // a folder of <language>.json interface words (--strings), or empty
  std::string paper;                // "a4", "letter", or empty for the style's
  std::shared_ptr<const writers::ReferenceDocx> reference_docx;  // for the formats that take one
  bool allow_unchecked_facts = false;
  writers::ScormOptions scorm;
  writers::PrintOptions print;  // for the formats that take it
  std::shared_ptr<const std::vector<reader::Participant>> participants;  // for the formats that take them
  std::shared_ptr<const model::Brand> brand;  // for every format, or null (ReadBrandFile)
};

class Workspace {
 public:
  // The curriculum at `path` (its folder or its curriculum.xml), read through `env`, which
  // must outlive the workspace and allow reads from several threads at once (the workspace
  // reads a question's files side by side). Nothing is read until asked. Facts verified a
  // year before `check_date` are stale.
  Workspace(const Env& env, std::filesystem::path path, Date check_date);
  ~Workspace();
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  const reader::CurriculumPaths& paths() const { return paths_; }

  // At most this many threads read files at once (at least 1; default: one per core).
  void set_threads(unsigned threads) { threads_ = threads > 0 ? threads : 1; }

  // What the workspace has done, for tests and benchmarks.
  struct Stats {
    size_t files_parsed = 0;       // files read into the model (not those found unchanged)
    size_t programs_resolved = 0;  // programs resolved (not those found memoised, nor requests refused)
    size_t files_read = 0;         // files read through the Env, changed or not
  };
  const Stats& stats() const { return stats_; }

  // Makes the next questions look at the files again: each file and folder listing is read
  // again when first needed. An editor calls it when a file was saved.
  void Refresh() { ++view_; }

  // The files of `scope`, read (once per view) and checked; what has not changed is taken
  // from the cache.
  std::shared_ptr<const CheckedFiles> Check(const Scope& scope);
  // The same for several scopes, checked side by side on the workspace's threads.
  std::vector<std::shared_ptr<const CheckedFiles>> Check(const std::vector<Scope>& scopes);

  // Everything `trainkit validate` reports: every file, and every program resolved when the
  // files have no errors.
  Diagnostics Validate();

  // The program `request` names, from its scope's files. With errors in those files, the
  // result has no program and `diagnostics` says why.
  ProgramResult Resolve(const resolve::Request& request);
  // The same for several programs, in their order: their files checked, their adaptations
  // made and the programs resolved side by side on the workspace's threads (a build resolves
  // its 129 programs this way).
  std::vector<ProgramResult> Resolve(const std::vector<resolve::Request>& requests);

  // What `writer` needs to write `program`: templates, interface words, fonts, and the media
  // of the curriculum, read through the Env. Error when the template folder lacks something.
  Status MakeContext(const resolve::ResolvedProgram& program, const writers::Writer& writer,
                     const RenderOptions& options, writers::WriterContext& context) const;
  // Writes `program` in `writer`'s format into `out` (a one-file output, or a package's
  // entries). Several may run at once: it reads the Env and changes nothing.
  Status Render(const resolve::ResolvedProgram& program, const writers::Writer& writer, const RenderOptions& options,
                writers::OutputSink& out, Diagnostics& diagnostics) const;
  // The same, as the file's bytes (a package zipped); `pages`, if given, is set to its number
  // of pages (0 for an output without pages).
  Status RenderBytes(const resolve::ResolvedProgram& program, const writers::Writer& writer,
                     const RenderOptions& options, std::string& bytes, Diagnostics& diagnostics,
                     int* pages = nullptr) const;

 private:
  struct CachedFile;
  struct FileToRead {
    std::filesystem::path path;
    char kind;  // curriculum, country or translation
    SourceFilePtr source = nullptr;  // already read through the Env, or null
  };
  // The files, each as read in this view: those not read yet are read now, on several threads,
  // and parsed again only when their bytes changed. In the order given.
  std::vector<const CachedFile*> ReadAll(const std::vector<FileToRead>& files);
  // One file read and, unless its bytes are those of `cached` (then null), parsed. Changes
  // nothing of the workspace, so several run at once.
  std::unique_ptr<CachedFile> Load(const FileToRead& file, const CachedFile* cached) const;
  // A scope's files, read, and what is known of their check: memoised (`fresh` null), or new,
  // to be checked (`fresh`, the same as `files`). `batch`: the new ones of the same question.
  struct PendingCheck {
    std::string key;
    std::shared_ptr<const CheckedFiles> files;
    std::shared_ptr<CheckedFiles> fresh;
    bool outline = false;
  };
  PendingCheck Prepare(const Scope& scope, const std::map<std::string, PendingCheck>& batch);
  // Several scopes' files, read, and the new sets among them (each once) to be checked:
  // PrepareChecks, then RunCheck for each of `to_check` (side by side), then StoreChecks, which
  // memoises them and gives each scope's files.
  struct CheckBatch {
    CheckBatch() = default;
    CheckBatch(CheckBatch&&) = default;  // moved, the map's entries stay where `to_check` points
    CheckBatch(const CheckBatch&) = delete;
    std::vector<PendingCheck> pending;           // by scope
    std::map<std::string, PendingCheck> fresh;   // the new sets, by key
    std::vector<const PendingCheck*> to_check;   // the same, in key order
  };
  CheckBatch PrepareChecks(const std::vector<Scope>& scopes);
  void RunCheck(const CheckBatch& batch, size_t n) const;
  std::vector<std::shared_ptr<const CheckedFiles>> StoreChecks(const CheckBatch& batch);
  // A key for memoising what was made from these files.
  static std::string KeyOf(const std::vector<InputFile>& inputs, const std::string& question);
  // The stems of the XML files in `folder`, listed once per view.
  const std::vector<std::string>& XmlStemsIn(const std::filesystem::path& folder);

  const Env& env_;
  reader::CurriculumPaths paths_;
  Date check_date_;
  size_t view_ = 0;  // which view of the files: Refresh() starts a new one
  unsigned threads_;
  std::map<std::string, std::unique_ptr<CachedFile>> files_;  // by path
  struct Listing {
    size_t view = SIZE_MAX;  // not listed yet
    std::vector<std::string> stems;
  };
  std::map<std::string, Listing> listings_;  // by folder
  std::map<std::string, std::shared_ptr<const CheckedFiles>> checked_;
  std::map<std::string, ProgramResult> resolved_;
  // An adapted curriculum points into the files it was made from: it keeps them.
  struct Adapted {
    std::shared_ptr<const CheckedFiles> files;
    std::shared_ptr<const resolve::AdaptedCurriculum> curriculum;
  };
  std::map<std::string, Adapted> adapted_;
  std::map<std::string, Diagnostics> validated_;
  Stats stats_;
};

}  // namespace trainkit
