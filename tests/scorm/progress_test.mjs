// Unit tests of what the player saves between sessions (templates/scorm/progress.js), in
// Node.js: a learner's progress saved by one version of a package and read back by the same
// version or by a changed one (a question added, a choice changed, a key corrected, another
// pass mark), and by a package from before progress was saved by id. Whatever changed, what
// is restored never contradicts itself and a pass is never taken back.
// Run: node --test tests/scorm/progress_test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const progress = require('../../templates/scorm/progress.js');

// A course as the player's data describes it: four assessment questions and a knowledge check.
function course(changes = {}) {
  const questions = {
    'final-q1': { item: 'q1', type: 'single', form: 'aaaa', correct: ['b'] },
    'final-q2': { item: 'q2', type: 'multiple', form: 'bbbb', correct: ['a', 'c'] },
    'final-q3': { item: 'q3', type: 'true-false', form: 'cccc', correct: ['true'] },
    'final-q4': { item: 'q4', type: 'single', form: 'dddd', correct: ['a'] },
    'check-k1': { item: 'k1', type: 'single', form: 'eeee', correct: ['c'] },
  };
  const base = {
    version: '1.0+11111111',
    pages: [{ id: 'page-intro' }, { id: 'page-law' }, { id: 'page-help' }, { id: 'page-assessment' }],
    questions,
    assessment: ['final-q1', 'final-q2', 'final-q3', 'final-q4'],
  };
  return { ...base, ...changes, questions: { ...questions, ...(changes.questions || {}) } };
}

const allRight = { 'final-q1': ['b'], 'final-q2': ['a', 'c'], 'final-q3': ['true'], 'final-q4': ['a'] };
const threeRight = { ...allRight, 'final-q4': ['b'] };

function saved(c, state, detail = 2) {
  return progress.encode(c, { visited: [], drafts: {}, assessment: null, attempts: 0, ...state }, detail);
}

test('scores in hundredths, rounded down, against the pass mark', () => {
  assert.deepEqual(progress.score(course(), allRight, 80), { percent: 100, passed: true });
  assert.deepEqual(progress.score(course(), threeRight, 80), { percent: 75, passed: false });
  assert.deepEqual(progress.score(course(), threeRight, 75), { percent: 75, passed: true });
  const three = course({ assessment: ['final-q1', 'final-q2', 'final-q3'] });
  assert.equal(progress.score(three, { 'final-q1': ['b'], 'final-q2': ['a'], 'final-q3': ['true'] }, 80).percent, 66.66);
});

test('the same package restores everything it saved, by id', () => {
  const c = course();
  const text = saved(c, {
    visited: ['page-intro', 'page-help'],
    drafts: { 'check-k1': ['a'] },
    assessment: { answers: threeRight, percent: 75, passed: false },
    attempts: 2,
  });
  const state = progress.restore(c, text, 80);
  assert.deepEqual(state.visited, ['page-intro', 'page-help']);
  assert.deepEqual(state.drafts, { 'check-k1': ['a'] });
  assert.deepEqual(state.assessment, { answers: threeRight, percent: 75, passed: false });
  assert.equal(state.attempts, 2);
  assert.equal(state.notice, '');
});

test('unsubmitted answers are saved, and dropped first when space is short', () => {
  const c = course();
  const state = { drafts: { 'final-q1': ['b'], 'final-q2': ['a', 'c'] }, assessment: { answers: allRight, percent: 100, passed: true } };
  assert.deepEqual(progress.restore(c, saved(c, state, 2), 80).drafts, { 'final-q1': ['b'], 'final-q2': ['a', 'c'] });
  const lean = progress.restore(c, saved(c, state, 1), 80);
  assert.deepEqual(lean.drafts, {});
  assert.deepEqual(lean.assessment.answers, allRight);
  const leanest = progress.restore(c, saved(c, state, 0), 80);
  assert.deepEqual(leanest.assessment, { answers: null, percent: 100, passed: true },
    'without its answers the result is kept as the LMS holds it');
  assert.equal(leanest.notice, '', 'nothing changed: nothing to say');
  const failed = { assessment: { answers: threeRight, percent: 75, passed: false } };
  assert.deepEqual(progress.restore(c, saved(c, failed, 0), 80).assessment, { answers: null, percent: 75, passed: false });
});

test('a page that is gone is forgotten; one that moved is still visited', () => {
  const before = course();
  const text = saved(before, { visited: ['page-intro', 'page-law', 'page-help'] });
  const after = course({ pages: [{ id: 'page-intro' }, { id: 'page-help' }, { id: 'page-new' }, { id: 'page-assessment' }] });
  assert.deepEqual(progress.restore(after, text, 80).visited, ['page-intro', 'page-help']);
});

test('a question added after she passed: her pass stands, and no answer is shown against it', () => {
  const before = course();
  const text = saved(before, { assessment: { answers: allRight, percent: 100, passed: true }, attempts: 1 });
  const after = course({
    version: '1.0+22222222',
    questions: { 'final-q5': { item: 'q5', type: 'single', form: 'ffff', correct: ['d'] } },
    assessment: ['final-q1', 'final-q2', 'final-q3', 'final-q4', 'final-q5'],
  });
  const state = progress.restore(after, text, 80);
  assert.deepEqual(state.assessment, { answers: null, percent: 100, passed: true, earlier: true });
  assert.equal(state.notice, 'passed_earlier');
  // Saved again and read again, it stays a pass carried over.
  const again = progress.restore(after, saved(after, { assessment: state.assessment, attempts: 1 }), 80);
  assert.deepEqual(again.assessment, state.assessment);
});

test('a question added and another changed before she passed: what still holds becomes her unsubmitted answers', () => {
  const before = course();
  const text = saved(before, { assessment: { answers: threeRight, percent: 75, passed: false }, attempts: 1 });
  const after = course({
    version: '1.0+33333333',
    questions: {
      'final-q2': { item: 'q2', type: 'multiple', form: 'b2b2', correct: ['a', 'c'] },  // a choice reworded
      'final-q5': { item: 'q5', type: 'single', form: 'ffff', correct: ['d'] },
    },
    assessment: ['final-q1', 'final-q2', 'final-q3', 'final-q4', 'final-q5'],
  });
  const state = progress.restore(after, text, 80);
  assert.equal(state.assessment, null, 'no score is shown for answers to other questions');
  assert.deepEqual(state.drafts, { 'final-q1': ['b'], 'final-q3': ['true'], 'final-q4': ['b'] });
  assert.equal(state.notice, 'assessment_changed');
  assert.equal(state.attempts, 1);
});

test('a corrected answer key or another pass mark: a result the LMS does not hold is not shown', () => {
  const before = course();
  const failed = saved(before, { assessment: { answers: threeRight, percent: 75, passed: false } });
  const keyFixed = course({ version: '1.0+44444444', questions: { 'final-q4': { item: 'q4', type: 'single', form: 'dddd', correct: ['b'] } } });
  const state = progress.restore(keyFixed, failed, 80);
  assert.equal(state.assessment, null);
  assert.deepEqual(state.drafts, threeRight, 'her answers stay, to submit again');
  assert.equal(state.notice, 'assessment_changed');

  const passed = saved(before, { assessment: { answers: allRight, percent: 100, passed: true } });
  assert.deepEqual(progress.restore(before, passed, 80).assessment, { answers: allRight, percent: 100, passed: true });
  const stricter = course({ questions: { 'final-q4': { item: 'q4', type: 'single', form: 'dddd', correct: ['c'] } } });
  assert.equal(progress.restore(stricter, passed, 80).notice, 'passed_earlier', 'a pass is never taken back');
});

test('data from a package that saved by position keeps a pass and nothing else', () => {
  const c = course();
  const pass = progress.restore(c, JSON.stringify({ v: 'f', a: 'b.ac.t.a', s: 100, p: 1 }), 80);
  assert.deepEqual(pass.assessment, { answers: null, percent: 100, passed: true, earlier: true });
  assert.deepEqual(pass.visited, []);
  const fail = progress.restore(c, JSON.stringify({ v: 'f', a: 'b.ac.t.b', s: 75, p: 0 }), 80);
  assert.equal(fail.assessment, null);
  assert.equal(fail.notice, '');
});

test('damaged or foreign data restores nothing and throws nothing', () => {
  const c = course();
  for (const text of ['', 'not json', 'null', '42', '[]', '{"f":2,"v":"x","a":7,"d":[1],"s":"100"}',
    '{"f":2,"s":90,"p":1,"a":{"q1":"zzzz:b"}}']) {
    const state = progress.restore(c, text, 80);
    assert.ok(Array.isArray(state.visited), text);
    assert.deepEqual(state.drafts, {}, text);
  }
  // A saved answer whose fingerprint no longer matches is never shown as hers.
  const state = progress.restore(c, '{"f":2,"s":100,"p":0,"a":{"q1":"zzzz:b","q2":"bbbb:ac","q3":"cccc:t","q4":"dddd:a"}}', 80);
  assert.equal(state.assessment, null);
  assert.deepEqual(state.drafts, { 'final-q2': ['a', 'c'], 'final-q3': ['true'], 'final-q4': ['a'] });
});

test('a whole course saves well under SCORM 1.2\'s 4096 characters', () => {
  const pages = Array.from({ length: 40 }, (_, i) => ({ id: `page-module-number-${i}` }));
  const questions = {};
  const assessment = [];
  for (let i = 0; i < 40; i++) {
    questions[`final-post-question-${i}`] = { item: `post-question-${i}`, type: 'multiple', form: 'abcd', correct: ['a', 'b'] };
    assessment.push(`final-post-question-${i}`);
  }
  const big = { version: '12.3.4+abcdef12', pages, questions, assessment };
  const answers = Object.fromEntries(assessment.map((key) => [key, ['a', 'b', 'c']]));
  const text = progress.encode(big, { visited: pages.map((p) => p.id), drafts: answers, assessment: { answers, percent: 0, passed: false }, attempts: 3 }, 2);
  assert.ok(text.length < 4096, `${text.length} characters`);
});
