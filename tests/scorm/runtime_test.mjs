// Unit tests of the player's SCORM runtime (templates/scorm/runtime.js) in Node.js, against
// fake windows and a fake LMS API that records every call: API discovery, the time formats,
// initialise once, the data each version receives, the suspend-data limit, finish once, and
// only when the page is gone.
// Run: node --test tests/scorm/runtime_test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const runtime = require('../../templates/scorm/runtime.js');

// A window whose parent is `parent` (or itself at the top), holding `properties`.
function fakeWindow(parent, properties = {}) {
  const win = { ...properties };
  win.parent = parent || win;
  return win;
}

// An LMS API for `version` that accepts every call and records it; `data` is the CMI.
function fakeApi(version, data = {}) {
  const calls = [];
  const names = version === '1.2'
    ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString']
    : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString'];
  const api = { calls, data };
  for (const name of names) {
    api[name] = (...args) => {
      calls.push([name, ...args]);
      if (name.endsWith('GetValue')) return data[args[0]] ?? '';
      if (name.endsWith('SetValue')) data[args[0]] = args[1];
      if (name.endsWith('LastError')) return '0';
      return 'true';
    };
  }
  api.count = (name) => calls.filter((call) => call[0] === name).length;
  return api;
}

// A browser window for the page lifecycle: `fire(target, type, fields)` delivers an event to
// what listens on the window (`target` 'window') or its document ('document').
function fakePageWindow(properties) {
  const win = fakeWindow(null, properties);
  const listeners = { window: {}, document: {} };
  const listenOn = (target) => (type, listener) => { (listeners[target][type] ||= []).push(listener); };
  win.addEventListener = listenOn('window');
  win.document = { visibilityState: 'visible', addEventListener: listenOn('document') };
  win.listened = (target) => Object.keys(listeners[target]);
  win.fire = (target, type, fields = {}) => {
    for (const listener of listeners[target][type] || []) listener({ type, ...fields });
  };
  return win;
}

test('findApi walks up the parents to the LMS window', () => {
  const api = fakeApi('1.2');
  const lms = fakeWindow(null, { API: api });
  const sco = fakeWindow(fakeWindow(fakeWindow(lms)));
  assert.equal(runtime.findApi(sco, '1.2'), api);
  assert.equal(runtime.findApi(sco, '2004'), null, 'a 1.2 API is not a 2004 one');
});

test('findApi stops after a bounded number of parents', () => {
  const api = fakeApi('2004');
  let win = fakeWindow(null, { API_1484_11: api });
  for (let i = 0; i < runtime.MAX_PARENT_DEPTH; i++) win = fakeWindow(win);
  assert.equal(runtime.findApi(win, '2004'), api, 'found at the bound');
  assert.equal(runtime.findApi(fakeWindow(win), '2004'), null, 'not looked for beyond it');
});

test('findApi looks in the opener and its parents, and skips windows it may not read', () => {
  const api = fakeApi('2004');
  const lms = fakeWindow(null, { API_1484_11: api });
  const crossOrigin = {};
  Object.defineProperty(crossOrigin, 'API_1484_11', { get() { throw new Error('SecurityError'); } });
  crossOrigin.parent = crossOrigin;
  const popup = fakeWindow(null, { opener: fakeWindow(lms) });
  assert.equal(runtime.findApi(popup, '2004'), api);
  assert.equal(runtime.findApi(fakeWindow(crossOrigin), '2004'), null);
});

test('session times are written in each version\'s own format', () => {
  assert.equal(runtime.formatTime12(0), '00:00:00.00');
  assert.equal(runtime.formatTime12(3723450), '01:02:03.45');
  assert.equal(runtime.formatTime12(100 * 3600 * 1000), '100:00:00.00');
  assert.equal(runtime.formatTime12(1e12), '9999:59:59.99', 'capped at four digits of hours');
  assert.equal(runtime.formatTime2004(0), 'PT0.00S');
  assert.equal(runtime.formatTime2004(3723450), 'PT1H2M3.45S');
  assert.equal(runtime.formatTime2004(61000), 'PT1M1.00S');
  assert.match(runtime.formatTimestamp(new Date(2026, 10, 28, 9, 5, 7)), /^2026-11-28T09:05:07$/);
});

test('without an LMS every call succeeds and nothing is sent', () => {
  const session = new runtime.Session(fakeWindow(null), '1.2');
  assert.equal(session.connected(), false);
  assert.deepEqual(session.start(), { resumed: false, location: '', suspendData: '', status: '', masteryPercent: null });
  assert.equal(session.saveProgress('page-intro', '{}'), true);
  session.recordAssessment({ percent: 50, passed: false, answers: [] });
  assert.equal(session.finish(false), true);
  assert.equal(session.finish(false), false, 'finishes once');
});

for (const version of ['1.2', '2004']) {
  const v12 = version === '1.2';
  const name = v12 ? 'API' : 'API_1484_11';
  const init = v12 ? 'LMSInitialize' : 'Initialize';
  const finish = v12 ? 'LMSFinish' : 'Terminate';
  const entry = v12 ? 'cmi.core.entry' : 'cmi.entry';
  const location = v12 ? 'cmi.core.lesson_location' : 'cmi.location';

  test(`${version}: starts once, marks the attempt incomplete, resumes location and data`, () => {
    const api = fakeApi(version, {
      [entry]: 'resume', [location]: 'page-law', 'cmi.suspend_data': '{"v":"1f"}',
      [v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status']: v12 ? 'not attempted' : 'unknown',
    });
    const session = new runtime.Session(fakeWindow(null, { [name]: api }), version);
    const state = session.start();
    session.start();
    assert.equal(api.count(init), 1);
    assert.deepEqual(state, { resumed: true, location: 'page-law', suspendData: '{"v":"1f"}', status: v12 ? 'not attempted' : 'unknown',
      masteryPercent: null });
    assert.equal(api.data[v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status'], 'incomplete');
  });

  test(`${version}: ${v12 ? 'data kept by the LMS is read even when it does not say resume' : 'a new attempt does not read old location or data'}`, () => {
    const api = fakeApi(version, { [entry]: v12 ? '' : 'ab-initio', [location]: 'page-law' });
    const session = new runtime.Session(fakeWindow(null, { [name]: api }), version);
    const state = session.start();
    assert.equal(state.resumed, false);
    assert.equal(state.location, v12 ? 'page-law' : '');
  });

  test(`${version}: suspend data over the version's limit is not sent`, () => {
    const api = fakeApi(version);
    const session = new runtime.Session(fakeWindow(null, { [name]: api }), version);
    session.start();
    const limit = runtime.SUSPEND_LIMIT[version];
    assert.equal(limit, v12 ? 4096 : 64000);
    assert.equal(session.saveProgress('p', 'x'.repeat(limit)), true);
    assert.equal(api.data['cmi.suspend_data'].length, limit);
    assert.equal(session.saveProgress('q', 'y'.repeat(limit + 1)), false);
    assert.equal(api.data['cmi.suspend_data'], 'x'.repeat(limit));
    assert.equal(api.data[location], 'p');
  });

  test(`${version}: the assessment becomes score, status and one interaction per answer`, () => {
    const api = fakeApi(version, { 'cmi.interactions._count': '2' });
    const clock = () => new Date(2026, 10, 28, 10, 0, 0).getTime();
    const session = new runtime.Session(fakeWindow(null, { [name]: api }), version, clock);
    session.start();
    session.recordAssessment({
      percent: 87.5, passed: true,
      answers: [
        { id: 'q-multi', type: 'multiple', response: ['a', 'c'], correct: ['a', 'c'], result: 'correct', objectives: ['obj-1'], text: 'Which?' },
        { id: 'q-tf', type: 'true-false', response: ['false'], correct: ['true'], result: 'incorrect', objectives: [], text: 'x'.repeat(300) },
      ],
    });
    const d = api.data;
    const first = 'cmi.interactions.2.', second = 'cmi.interactions.3.';
    assert.equal(d[first + 'id'], 'q-multi');
    assert.equal(d[first + 'type'], 'choice');
    assert.equal(d[first + 'objectives.0.id'], 'obj-1');
    assert.equal(d[second + 'type'], 'true-false');
    if (v12) {
      assert.equal(d[first + 'student_response'], 'a,c');
      assert.equal(d[first + 'correct_responses.0.pattern'], 'a,c');
      assert.equal(d[second + 'student_response'], 'f');
      assert.equal(d[second + 'correct_responses.0.pattern'], 't');
      assert.equal(d[second + 'result'], 'wrong');
      assert.equal(d[first + 'time'], '10:00:00');
      assert.equal(d['cmi.core.score.raw'], '87.5');
      assert.equal(d['cmi.core.score.min'], '0');
      assert.equal(d['cmi.core.score.max'], '100');
      assert.equal(d['cmi.core.lesson_status'], 'passed');
    } else {
      assert.equal(d[first + 'learner_response'], 'a[,]c');
      assert.equal(d[first + 'correct_responses.0.pattern'], 'a[,]c');
      assert.equal(d[second + 'learner_response'], 'false');
      assert.equal(d[second + 'result'], 'incorrect');
      assert.equal(d[first + 'timestamp'], '2026-11-28T10:00:00');
      assert.equal(Array.from(d[second + 'description']).length, 250);
      assert.equal(d['cmi.score.raw'], '87.5');
      assert.equal(d['cmi.score.scaled'], '0.875');
      assert.equal(d['cmi.success_status'], 'passed');
    }
    // The id first, then the type: LMSs refuse an interaction's other fields before them.
    const sets = api.calls.filter((call) => call[0].endsWith('SetValue')).map((call) => call[1]);
    assert.ok(sets.indexOf(first + 'id') < sets.indexOf(first + 'type'));
    assert.ok(sets.indexOf(first + 'type') < sets.indexOf(first + 'correct_responses.0.pattern'));
  });

  test(`${version}: finishes exactly once, with the session time and the exit`, () => {
    let now = 1000;
    const api = fakeApi(version);
    const session = new runtime.Session(fakeWindow(null, { [name]: api }), version, () => now);
    session.start();
    now += 65500;
    assert.equal(session.finish(false), true);
    assert.equal(session.finish(true), false);
    assert.equal(api.count(finish), 1);
    assert.equal(api.data[v12 ? 'cmi.core.session_time' : 'cmi.session_time'], v12 ? '00:01:05.50' : 'PT1M5.50S');
    assert.equal(api.data[v12 ? 'cmi.core.exit' : 'cmi.exit'], 'suspend');
    const calls = api.calls.length;
    session.saveProgress('late', '{}');
    assert.equal(api.calls.length, calls, 'nothing is sent after the finish');
  });

  test(`${version}: a learner who is done exits normally`, () => {
    const api = fakeApi(version);
    const session = new runtime.Session(fakeWindow(null, { [name]: api }), version);
    session.start();
    session.finish(true);
    assert.equal(api.data[v12 ? 'cmi.core.exit' : 'cmi.exit'], v12 ? '' : 'normal');
  });

  test(`${version}: beforeunload does not finish (a tel: or mailto: link fires it); pagehide does, once`, () => {
    let now = 1000;
    let done = false;
    const api = fakeApi(version);
    const win = fakePageWindow({ [name]: api });
    const session = new runtime.Session(win, version, () => now);
    session.start();
    session.watchPageLifecycle(win, () => done);
    const exit = v12 ? 'cmi.core.exit' : 'cmi.exit';
    const time = v12 ? 'cmi.core.session_time' : 'cmi.session_time';

    win.fire('window', 'beforeunload');
    win.fire('window', 'unload');
    assert.equal(api.count(finish), 0, 'beforeunload and unload do not finish');
    assert.deepEqual(win.listened('window').filter((type) => type.endsWith('unload')), [], 'not even listened to');

    // The phone's dialer covers the page: the time so far and a suspend, committed; not finished.
    now += 30000;
    const commits = api.count(v12 ? 'LMSCommit' : 'Commit');
    win.document.visibilityState = 'hidden';
    win.fire('document', 'visibilitychange');
    assert.equal(api.count(finish), 0, 'hiding does not finish');
    assert.equal(api.count(v12 ? 'LMSCommit' : 'Commit'), commits + 1);
    assert.equal(api.data[time], v12 ? '00:00:30.00' : 'PT30.00S');
    assert.equal(api.data[exit], 'suspend');
    win.document.visibilityState = 'visible';
    win.fire('document', 'visibilitychange');
    assert.equal(api.count(v12 ? 'LMSCommit' : 'Commit'), commits + 1, 'showing sends nothing');

    // Into the back/forward cache: it may come back, so the session stays open.
    now += 1000;
    win.fire('window', 'pagehide', { persisted: true });
    assert.equal(api.count(finish), 0, 'a page kept in the back/forward cache is not finished');
    assert.equal(api.data[time], v12 ? '00:00:31.00' : 'PT31.00S');

    // Back, the learner passes, and the page is closed: one finish, a normal exit.
    assert.equal(session.saveProgress('page-assessment', '{}'), true, 'still saving');
    done = true;
    now += 2000;
    win.fire('window', 'pagehide', { persisted: false });
    win.fire('window', 'pagehide', { persisted: false });
    assert.equal(api.count(finish), 1, 'pagehide finishes, once');
    assert.equal(api.data[exit], v12 ? '' : 'normal');
    assert.equal(api.data[time], v12 ? '00:00:33.00' : 'PT33.00S');
    const calls = api.calls.length;
    win.document.visibilityState = 'hidden';
    win.fire('document', 'visibilitychange');
    assert.equal(api.calls.length, calls, 'nothing is sent after the finish');
  });

  test(`${version}: the LMS's own pass mark is read, and only a valid one`, () => {
    const mastery = v12 ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score';
    for (const [value, percent] of (v12 ? [['70', 70], ['', null], ['abc', null], ['120', null]]
      : [['0.7', 70], ['0.55', 55], ['0.07', 7], ['', null], ['-0.5', null], ['1', 100]])) {
      const api = fakeApi(version, { [mastery]: value });
      const session = new runtime.Session(fakeWindow(null, { [name]: api }), version);
      assert.equal(session.start().masteryPercent, percent, `${mastery} = '${value}'`);
    }
  });

  test(`${version}: ${v12 ? 'progress and module objectives are 2004 only: nothing is sent' : 'progress measure and module objectives, found by id'}`, () => {
    const api = fakeApi(version, v12 ? {} : { 'cmi.objectives._count': '2', 'cmi.objectives.0.id': 'PASS', 'cmi.objectives.1.id': 'm-law' });
    const session = new runtime.Session(fakeWindow(null, { [name]: api }), version);
    session.start();
    const before = api.calls.length;
    session.setProgress(2 / 3);
    session.recordObjective('m-law', { completed: true }, 0.8);
    session.recordObjective('m-new', { scaled: 0.5 }, 0.8);
    if (v12) {
      assert.equal(api.calls.length, before);
      return;
    }
    assert.equal(api.data['cmi.progress_measure'], '0.667');
    assert.equal(api.data['cmi.objectives.1.completion_status'], 'completed', 'the manifest\'s objective, by its id');
    assert.equal(api.data['cmi.objectives.2.id'], 'm-new', 'an objective the LMS does not hold is added');
    assert.equal(api.data['cmi.objectives.2.score.scaled'], '0.5');
    assert.equal(api.data['cmi.objectives.2.success_status'], 'failed');
    // Compared unrounded: two of three right (0.6667) does not pass a mark of 0.67.
    session.recordObjective('m-law', { scaled: 2 / 3 }, 0.67);
    assert.equal(api.data['cmi.objectives.1.score.scaled'], '0.6667');
    assert.equal(api.data['cmi.objectives.1.success_status'], 'failed');
  });

  test(`${version}: "Save and exit" ${v12 ? 'finishes' : 'asks the LMS to close the course: exitAll when done, suspendAll when not'}`, () => {
    for (const done of [true, false]) {
      const api = fakeApi(version);
      const session = new runtime.Session(fakeWindow(null, { [name]: api }), version);
      session.start();
      session.finish(done, true);
      assert.equal(api.data['adl.nav.request'], v12 ? undefined : (done ? 'exitAll' : 'suspendAll'));
      assert.deepEqual(session.errors, []);
    }
    // Closed by the LMS (the page going away), the course asks for nothing.
    const api = fakeApi(version);
    const session = new runtime.Session(fakeWindow(null, { [name]: api }), version);
    session.start();
    session.finish(true);
    assert.equal(api.data['adl.nav.request'], undefined);
  });

  test(`${version}: a finish the LMS refuses is reported`, () => {
    const api = fakeApi(version);
    api[finish] = () => 'false';
    const session = new runtime.Session(fakeWindow(null, { [name]: api }), version);
    session.start();
    session.finish(true, true);
    assert.equal(session.errors.length, 1);
  });

  test(`${version}: after "Save and exit" the page going away sends nothing`, () => {
    const api = fakeApi(version);
    const win = fakePageWindow({ [name]: api });
    const session = new runtime.Session(win, version);
    session.start();
    session.watchPageLifecycle(win, () => false);
    session.finish(false);
    const calls = api.calls.length;
    win.document.visibilityState = 'hidden';
    win.fire('document', 'visibilitychange');
    win.fire('window', 'pagehide', { persisted: false });
    assert.equal(api.calls.length, calls);
    assert.equal(api.count(finish), 1);
  });
}
