#include "trainkit/model/names.h"

namespace trainkit::model {

const NameTable<ObjectiveType>& ObjectiveTypeNames() {
  static const NameTable<ObjectiveType> table = {{"cognitive", ObjectiveType::kCognitive},
                                                 {"attitudinal", ObjectiveType::kAttitudinal},
                                                 {"behavioural", ObjectiveType::kBehavioural}};
  return table;
}

const NameTable<FactKind>& FactKindNames() {
  static const NameTable<FactKind> table = {{"phone", FactKind::kPhone},
                                            {"emergency-phone", FactKind::kEmergencyPhone},
                                            {"law-article", FactKind::kLawArticle},
                                            {"referral-mechanism", FactKind::kReferralMechanism},
                                            {"organisation", FactKind::kOrganisation},
                                            {"statistic", FactKind::kStatistic},
                                            {"url", FactKind::kUrl},
                                            {"text", FactKind::kText}};
  return table;
}

const NameTable<Method>& MethodNames() {
  static const NameTable<Method> table = {{"mini-lecture", Method::kMiniLecture},
                                          {"small-group-discussion", Method::kSmallGroupDiscussion},
                                          {"role-play", Method::kRolePlay},
                                          {"case-study", Method::kCaseStudy},
                                          {"brainstorming", Method::kBrainstorming},
                                          {"circle", Method::kCircle},
                                          {"pairs", Method::kPairs},
                                          {"plenary", Method::kPlenary},
                                          {"individual-work", Method::kIndividualWork},
                                          {"card-sort", Method::kCardSort},
                                          {"quiz", Method::kQuiz},
                                          {"energiser", Method::kEnergiser},
                                          {"film", Method::kFilm}};
  return table;
}

const NameTable<ItemType>& ItemTypeNames() {
  static const NameTable<ItemType> table = {{"single-choice", ItemType::kSingleChoice},
                                            {"multiple-choice", ItemType::kMultipleChoice},
                                            {"true-false", ItemType::kTrueFalse}};
  return table;
}

const NameTable<ItemUse>& ItemUseNames() {
  static const NameTable<ItemUse> table = {
      {"pre-test", ItemUse::kPreTest}, {"post-test", ItemUse::kPostTest}, {"check", ItemUse::kCheck}};
  return table;
}

const NameTable<Origin>& OriginNames() {
  static const NameTable<Origin> table = {
      {"source", Origin::kSource}, {"adapted", Origin::kAdapted}, {"new", Origin::kNew}};
  return table;
}

const NameTable<BreakKind>& BreakKindNames() {
  static const NameTable<BreakKind> table = {{"break", BreakKind::kBreak}, {"lunch", BreakKind::kLunch}};
  return table;
}

const NameTable<NoteType>& NoteTypeNames() {
  static const NameTable<NoteType> table = {
      {"info", NoteType::kInfo}, {"tip", NoteType::kTip}, {"warning", NoteType::kWarning}};
  return table;
}

const NameTable<Confidence>& ConfidenceNames() {
  static const NameTable<Confidence> table = {
      {"high", Confidence::kHigh}, {"medium", Confidence::kMedium}, {"low", Confidence::kLow}};
  return table;
}

}  // namespace trainkit::model
