// trainkit progress: what the player saves between sessions (cmi.suspend_data) and how it is
// read back, by a package that may have changed since. An LMS that re-imports a changed package
// keeps its learners' saved data: so everything is saved by id, with the content version and a
// fingerprint of each question's choices, and read back against the course as it is now.
// Loaded by the browser as a script and by Node.js (its unit tests) as a module.
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.TrainkitProgress = factory();
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var FORMAT = 2;
  var PAGE_PREFIX = 'page-';

  // The saved form of an answer: its question's fingerprint, then its values' first letters
  // ("a", "bc", "t" for true): "3fa9:bc".
  function encodeAnswer(question, values) {
    return question.form + ':' + values.map(function (v) { return v.charAt(0); }).join('');
  }

  // The values of a saved answer, if its question still has the same choices; else null.
  function decodeAnswer(question, saved) {
    if (!question || typeof saved !== 'string') return null;
    var colon = saved.indexOf(':');
    if (colon < 0 || saved.slice(0, colon) !== question.form) return null;
    var letters = saved.slice(colon + 1).split('');
    if (question.type === 'true-false') return letters.map(function (l) { return l === 't' ? 'true' : 'false'; });
    return letters;
  }

  function isCorrect(question, answer) {
    var correct = question.correct;
    return answer.length === correct.length && correct.every(function (c) { return answer.indexOf(c) >= 0; });
  }

  // The score of `answers` (by question key) on the course's final assessment: hundredths of a
  // percent, rounded down, so an LMS comparing it with the mastery score agrees.
  function score(course, answers, passMark) {
    var right = course.assessment.filter(function (key) {
      return answers[key] && isCorrect(course.questions[key], answers[key]);
    }).length;
    var percent = Math.floor(right * 10000 / course.assessment.length) / 100;
    return { percent: percent, passed: percent >= passMark };
  }

  // `state`: { visited: [page ids], drafts: {key: values}, assessment: null or { answers,
  // percent, passed, earlier }, attempts }. `detail` 2 saves everything; 1 leaves out the
  // unsubmitted answers, 0 the submitted ones too (the score stays), for an LMS's size limit.
  // `c`, the package's version, tells whoever reads the LMS's data which package saved it.
  function encode(course, state, detail) {
    var data = { f: FORMAT, c: course.version, v: state.visited.map(function (id) { return id.replace(PAGE_PREFIX, ''); }) };
    if (state.attempts) data.n = state.attempts;
    var assessment = state.assessment;
    if (assessment) {
      data.s = assessment.percent;
      data.p = assessment.passed ? 1 : 0;
      if (assessment.earlier) data.e = 1;
      if (detail === 0 && assessment.answers) data.t = 1;  // the score alone: its answers did not fit
      if (detail >= 1 && assessment.answers) {
        data.a = {};
        course.assessment.forEach(function (key) {
          data.a[course.questions[key].item] = encodeAnswer(course.questions[key], assessment.answers[key]);
        });
      }
    }
    if (detail >= 2) {
      var drafts = {};
      var any = false;
      Object.keys(state.drafts).forEach(function (key) {
        if (!state.drafts[key].length || !course.questions[key]) return;
        drafts[key] = encodeAnswer(course.questions[key], state.drafts[key]);
        any = true;
      });
      if (any) data.d = drafts;
    }
    return JSON.stringify(data);
  }

  // What of `text` (saved by this or an earlier package) holds for the course as it is now, and
  // what the learner must be told. Never a state that contradicts itself: a result is shown only
  // with the answers it was computed from, recomputed now; a pass is never taken back.
  function restore(course, text, passMark) {
    var state = { visited: [], drafts: {}, assessment: null, attempts: 0, notice: '' };
    var data;
    try { data = JSON.parse(text); } catch (e) { return state; }
    if (!data || typeof data !== 'object') return state;
    var pageIds = course.pages.map(function (page) { return page.id; });
    if (data.f !== FORMAT) {
      // Saved by a package from before answers were saved by id: nothing in it names a page or
      // a question, so only a pass is kept.
      if (data.p === 1 && typeof data.s === 'number') {
        state.assessment = { answers: null, percent: data.s, passed: true, earlier: true };
        if (course.assessment.length) state.notice = 'passed_earlier';
      }
      return state;
    }
    if (Array.isArray(data.v)) {
      data.v.forEach(function (id) {
        var page = PAGE_PREFIX + id;
        if (pageIds.indexOf(page) >= 0 && state.visited.indexOf(page) < 0) state.visited.push(page);
      });
    }
    if (typeof data.n === 'number' && data.n > 0) state.attempts = Math.floor(data.n);
    if (data.d && typeof data.d === 'object') {
      Object.keys(data.d).forEach(function (key) {
        var values = decodeAnswer(course.questions[key], data.d[key]);
        if (values) state.drafts[key] = values;
      });
    }
    if (typeof data.s !== 'number') return state;
    var passedBefore = data.p === 1;
    if (data.t === 1) {
      // Saved without its answers (they did not fit): the result as the LMS holds it.
      state.assessment = { answers: null, percent: data.s, passed: passedBefore };
      return state;
    }
    var kept = {};
    var complete = !!data.a && course.assessment.length > 0;
    course.assessment.forEach(function (key) {
      var values = data.a ? decodeAnswer(course.questions[key], data.a[course.questions[key].item]) : null;
      if (values) kept[key] = values;
      else complete = false;
    });
    if (data.e === 1 && passedBefore) complete = false;  // a pass carried over is not re-scored
    if (complete) {
      // Rescored as the course scores now; a result the LMS does not hold (a corrected answer
      // key, another pass mark) is not shown: she answers again, and the LMS hears of it.
      var now = score(course, kept, passMark);
      if (now.percent === data.s && now.passed === passedBefore) {
        state.assessment = { answers: kept, percent: now.percent, passed: now.passed };
        return state;
      }
    }
    if (passedBefore) {
      // The assessment changed after she passed it: her pass stands, with the score it had.
      state.assessment = { answers: null, percent: data.s, passed: true, earlier: true };
      state.notice = 'passed_earlier';
      return state;
    }
    // Not passed, and the questions changed: what still holds becomes her unsubmitted answers.
    Object.keys(kept).forEach(function (key) { if (!state.drafts[key]) state.drafts[key] = kept[key]; });
    if (course.assessment.length) state.notice = 'assessment_changed';
    return state;
  }

  return { encode: encode, restore: restore, score: score, isCorrect: isCorrect, FORMAT: FORMAT };
});
