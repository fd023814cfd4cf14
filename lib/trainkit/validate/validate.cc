#include "trainkit/validate/validate.h"

#include "trainkit/base/on_threads.h"
#include "trainkit/validate/id_index.h"
#include "trainkit/validate/rules.h"
#include "trainkit/validate/walk.h"

namespace trainkit::validate {
namespace {

// Every check of the files but the translations'.
void CheckAllButTranslations(const reader::LoadedCurriculum& loaded, const Options& options, Diagnostics& diagnostics) {
  const model::Curriculum& curriculum = *loaded.curriculum;
  IdIndex index = IdIndex::Build(curriculum, diagnostics);
  CheckLanguage(curriculum.language, curriculum.language_location, diagnostics);
  CheckStructure(curriculum, index, diagnostics);
  CheckTiming(curriculum, diagnostics);
  CheckDelivery(curriculum, loaded.adaptations, diagnostics);
  for (const auto& module : curriculum.modules) {
    for (const auto& item : module.assessment) CheckAssessmentItem(item, diagnostics);
  }
  auto walk_curriculum = [&](const ContentVisitor& visitor) { Walk(curriculum, visitor); };
  const Env& env = options.env ? *options.env : DiskEnv();
  CheckContentReferences(index, env, curriculum.folder, walk_curriculum, diagnostics);
  CheckTextScript(curriculum.language, curriculum.language_location, walk_curriculum, diagnostics);
  for (const auto& adaptation : loaded.adaptations) {
    CheckAdaptation(adaptation, curriculum, index, options, diagnostics);
  }
}

}  // namespace

void Validate(const reader::LoadedCurriculum& loaded, const Options& options,
              Diagnostics& diagnostics) {
  if (!loaded.curriculum) return;
  // The translations are checked apart, on a thread of their own when there is one, and their
  // diagnostics come after the others', as when they were checked last.
  Diagnostics translations;
  const bool beside = options.threads > 1 && !loaded.translations.empty();
  RunOnThreads(beside ? 2 : 1, options.threads, [&](size_t job) {
    if (job == 1) {
      CheckTranslations(loaded, translations);
      return;
    }
    CheckAllButTranslations(loaded, options, diagnostics);
    if (!beside) CheckTranslations(loaded, translations);
  });
  diagnostics.Append(translations);
  // Programs are only resolved from a curriculum without errors.
  if (options.check_programs && !diagnostics.has_errors()) CheckPrograms(loaded, options, diagnostics);
}

}  // namespace trainkit::validate
