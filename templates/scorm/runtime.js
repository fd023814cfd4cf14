// trainkit SCORM runtime: finds the LMS's API, and speaks SCORM 1.2 or 2004 (4th edition) to
// it through one small interface. Without an LMS every call is a no-op that succeeds, so the
// course still works as a plain web page. Loaded by the browser as a script and by Node.js
// (the runtime's unit tests) as a module.
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.TrainkitScorm = factory();
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  // How many windows up the parent chain to look: LMSs nest the SCO a few frames deep, never
  // dozens, and a bound keeps a strange frame tree from looping.
  var MAX_PARENT_DEPTH = 10;
  // SCORM 1.2 limits cmi.suspend_data to 4096 characters; 2004 4th edition to 64000.
  var SUSPEND_LIMIT = { '1.2': 4096, '2004': 64000 };

  // The API object named `name` in `win` or one of its parents, or null. A cross-origin frame
  // throws on access; it cannot hold our LMS's API, so it is skipped.
  function findInParents(win, name) {
    for (var depth = 0; win && depth <= MAX_PARENT_DEPTH; depth++) {
      try {
        if (win[name]) return win[name];
      } catch (e) { /* cross-origin */ }
      var parent = null;
      try { parent = win.parent; } catch (e) { parent = null; }
      if (!parent || parent === win) break;
      win = parent;
    }
    return null;
  }

  // The LMS's API for `version`: in this window's parents, else in its opener's (an LMS that
  // launches the SCO in a new window).
  function findApi(win, version) {
    var name = version === '2004' ? 'API_1484_11' : 'API';
    var api = findInParents(win, name);
    if (api) return api;
    var opener = null;
    try { opener = win.opener; } catch (e) { opener = null; }
    return opener ? findInParents(opener, name) : null;
  }

  function pad(number, width) {
    var text = String(number);
    while (text.length < width) text = '0' + text;
    return text;
  }

  // SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (hours two to four digits).
  function formatTime12(milliseconds) {
    var centiseconds = Math.max(0, Math.round(milliseconds / 10));
    var hours = Math.min(9999, Math.floor(centiseconds / 360000));
    var minutes = Math.floor(centiseconds / 6000) % 60;
    var seconds = Math.floor(centiseconds / 100) % 60;
    var fraction = centiseconds % 100;
    if (hours === 9999) { minutes = 59; seconds = 59; fraction = 99; }
    return pad(hours, 2) + ':' + pad(minutes, 2) + ':' + pad(seconds, 2) + '.' + pad(fraction, 2);
  }

  // SCORM 2004 timeinterval: an ISO 8601 duration, PT#H#M#S with hundredths of a second.
  function formatTime2004(milliseconds) {
    var centiseconds = Math.max(0, Math.round(milliseconds / 10));
    var hours = Math.floor(centiseconds / 360000);
    var minutes = Math.floor(centiseconds / 6000) % 60;
    var seconds = (centiseconds % 6000) / 100;
    return 'PT' + (hours ? hours + 'H' : '') + (minutes ? minutes + 'M' : '') + seconds.toFixed(2) + 'S';
  }

  // 1.2 CMITime (HH:MM:SS) and 2004 time(second,10,0) (YYYY-MM-DDThh:mm:ss), local time.
  function formatClock(date) {
    return pad(date.getHours(), 2) + ':' + pad(date.getMinutes(), 2) + ':' + pad(date.getSeconds(), 2);
  }
  function formatTimestamp(date) {
    return date.getFullYear() + '-' + pad(date.getMonth() + 1, 2) + '-' + pad(date.getDate(), 2) + 'T' +
      formatClock(date);
  }

  // The data model names and calls of each version.
  var MODELS = {
    '1.2': {
      initialize: 'LMSInitialize', terminate: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue',
      commit: 'LMSCommit', lastError: 'LMSGetLastError', errorString: 'LMSGetErrorString',
      entry: 'cmi.core.entry', location: 'cmi.core.lesson_location', exit: 'cmi.core.exit',
      sessionTime: 'cmi.core.session_time', score: 'cmi.core.score.'
    },
    '2004': {
      initialize: 'Initialize', terminate: 'Terminate', get: 'GetValue', set: 'SetValue',
      commit: 'Commit', lastError: 'GetLastError', errorString: 'GetErrorString',
      entry: 'cmi.entry', location: 'cmi.location', exit: 'cmi.exit',
      sessionTime: 'cmi.session_time', score: 'cmi.score.'
    }
  };

  // Shortens `text` to `limit` characters (2004's interaction descriptions hold 250).
  function clip(text, limit) {
    var characters = Array.from(text);
    return characters.length <= limit ? text : characters.slice(0, limit - 1).join('') + '…';
  }

  // One learner's session with the LMS (or with none).
  function Session(win, version, now) {
    this.version = version;
    this.model = MODELS[version];
    this.api = findApi(win, version);
    this.now = now || function () { return Date.now(); };
    this.started = 0;
    this.active = false;     // initialised and not yet finished
    this.finished = false;
    this.errors = [];        // what the LMS refused, for the page to report
  }

  Session.prototype.connected = function () { return !!this.api; };

  Session.prototype.call = function (method, args) {
    if (!this.api || !this.active) return '';
    var result;
    try {
      result = this.api[this.model[method]].apply(this.api, args);
    } catch (e) {
      this.errors.push(this.model[method] + ': ' + e.message);
      return '';
    }
    return result === undefined || result === null ? '' : String(result);
  };

  Session.prototype.get = function (name) { return this.call('get', [name]); };

  Session.prototype.set = function (name, value) {
    var ok = this.call('set', [name, String(value)]);
    if (this.api && this.active && ok !== 'true') {
      var code = this.call('lastError', []);
      this.errors.push(name + ' = ' + value + ' refused (' + code + ')');
      return false;
    }
    return true;
  };

  Session.prototype.commit = function () { return this.call('commit', ['']) === 'true'; };

  // The pass mark the LMS set for this course, in percent, or null when it sets none (1.2's
  // mastery_score, 0–100; 2004's scaled_passing_score, -1–1).
  Session.prototype.readMastery = function () {
    var text = this.get(this.version === '1.2' ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score');
    if (text === '' || isNaN(Number(text))) return null;
    // Hundredths, as scores are kept: 0.55 * 100 is 55.00000000000001 in floating point, which
    // would fail a learner the LMS passes.
    var value = Math.round(Number(text) * (this.version === '1.2' ? 100 : 10000)) / 100;
    return value >= 0 && value <= 100 ? value : null;
  };

  // Starts the session, once. Returns what the LMS kept from an earlier, suspended one, and
  // the pass mark it set: { resumed, location, suspendData, status, masteryPercent }.
  Session.prototype.start = function () {
    var state = { resumed: false, location: '', suspendData: '', status: '', masteryPercent: null };
    if (this.active || this.finished) return state;
    this.started = this.now();
    if (!this.api) return state;
    var ok = false;
    try { ok = String(this.api[this.model.initialize]('')) === 'true'; } catch (e) { ok = false; }
    if (!ok) {
      this.errors.push(this.model.initialize + ' failed');
      this.api = null;  // carry on as a plain web page
      return state;
    }
    this.active = true;
    state.resumed = this.get(this.model.entry) === 'resume';
    state.masteryPercent = this.readMastery();
    // A 2004 LMS starts a new attempt, with empty data, unless the last session suspended. A
    // 1.2 LMS keeps the data of the one attempt it knows and may not say `resume`: read it.
    if (state.resumed || this.version === '1.2') {
      state.location = this.get(this.model.location);
      state.suspendData = this.get('cmi.suspend_data');
    }
    if (this.version === '1.2') {
      state.status = this.get('cmi.core.lesson_status');
      if (state.status === 'not attempted' || state.status === '') this.set('cmi.core.lesson_status', 'incomplete');
    } else {
      state.status = this.get('cmi.completion_status');
      if (state.status === 'not attempted' || state.status === 'unknown' || state.status === '') {
        this.set('cmi.completion_status', 'incomplete');
      }
    }
    this.commit();
    return state;
  };

  // Where the learner is and what to restore next time. Data over the version's limit is not
  // sent (the LMS would refuse it); false then, so the caller can send less.
  Session.prototype.saveProgress = function (location, suspendData) {
    if (suspendData.length > SUSPEND_LIMIT[this.version]) return false;
    this.set(this.model.location, location);
    this.set('cmi.suspend_data', suspendData);
    this.commit();
    return true;
  };

  // How far through the course the learner is, 0 to 1 (2004's progress_measure; 1.2 has none).
  Session.prototype.setProgress = function (measure) {
    if (this.version !== '2004') return;
    this.set('cmi.progress_measure', String(Math.round(measure * 1000) / 1000));
  };

  // The index of the objective `id` in cmi.objectives: the one the LMS holds (from the manifest,
  // or an earlier session), else the next free one.
  Session.prototype.objectiveIndex = function (id) {
    var count = parseInt(this.get('cmi.objectives._count'), 10) || 0;
    for (var n = 0; n < count; n++) if (this.get('cmi.objectives.' + n + '.id') === id) return n;
    this.set('cmi.objectives.' + count + '.id', id);
    return count;
  };

  // A module's objective (2004): `progress` { completed, scaled } where scaled (0–1) is its
  // share of right answers in the final assessment, when it has questions there.
  Session.prototype.recordObjective = function (id, progress, passScaled) {
    if (this.version !== '2004' || !this.active) return;
    var prefix = 'cmi.objectives.' + this.objectiveIndex(id) + '.';
    if (progress.completed) this.set(prefix + 'completion_status', 'completed');
    if (typeof progress.scaled === 'number') {
      this.set(prefix + 'score.scaled', String(Math.round(progress.scaled * 10000) / 10000));
      this.set(prefix + 'success_status', progress.scaled >= passScaled ? 'passed' : 'failed');  // unrounded
    }
  };

  // The learner has seen everything there is to see (and taken the assessment, if any).
  Session.prototype.complete = function (hasAssessment) {
    if (this.version === '2004') this.set('cmi.completion_status', 'completed');
    else if (!hasAssessment) this.set('cmi.core.lesson_status', 'completed');
    this.commit();
  };

  // The final assessment's outcome: { percent, passed, answers: [{ id, type, response: [...],
  // correct: [...], result, objectives: [...], text }] }, each answer becoming an interaction.
  Session.prototype.recordAssessment = function (outcome) {
    var v12 = this.version === '1.2';
    var first = parseInt(this.get('cmi.interactions._count'), 10) || 0;
    var when = new Date(this.now());
    var self = this;
    outcome.answers.forEach(function (answer, offset) {
      var prefix = 'cmi.interactions.' + (first + offset) + '.';
      var trueFalse = answer.type === 'true-false';
      var response = v12 && trueFalse ? answer.response.map(function (r) { return r.charAt(0); }) : answer.response;
      var pattern = v12 && trueFalse ? answer.correct.map(function (r) { return r.charAt(0); }) : answer.correct;
      var separator = v12 ? ',' : '[,]';
      self.set(prefix + 'id', answer.id);
      self.set(prefix + 'type', trueFalse ? 'true-false' : 'choice');
      (answer.objectives || []).forEach(function (objective, n) {
        self.set(prefix + 'objectives.' + n + '.id', objective);
      });
      if (v12) {
        self.set(prefix + 'time', formatClock(when));
      } else {
        self.set(prefix + 'timestamp', formatTimestamp(when));
        self.set(prefix + 'description', clip(answer.text, 250));
      }
      self.set(prefix + 'correct_responses.0.pattern', pattern.join(separator));
      self.set(prefix + 'weighting', '1');
      self.set(prefix + (v12 ? 'student_response' : 'learner_response'), response.join(separator));
      self.set(prefix + 'result', answer.result === 'correct' ? 'correct' : (v12 ? 'wrong' : 'incorrect'));
    });
    var score = this.model.score;
    this.set(score + 'min', '0');
    this.set(score + 'max', '100');
    this.set(score + 'raw', String(outcome.percent));
    if (v12) {
      this.set('cmi.core.lesson_status', outcome.passed ? 'passed' : 'failed');
    } else {
      this.set(score + 'scaled', String(Math.round(outcome.percent * 100) / 10000));
      this.set('cmi.success_status', outcome.passed ? 'passed' : 'failed');
    }
    this.commit();
  };

  // Tells the LMS where the session stands without ending it: the time spent so far and how
  // the session would end now (`done`, or `suspend`), then a commit. A hidden page may never run
  // again (a phone discards it, the back/forward cache evicts it): what the LMS holds must
  // already be right, the `suspend` that makes the next launch resume included.
  Session.prototype.checkpoint = function (done) {
    if (!this.active) return false;
    var elapsed = this.now() - this.started;
    this.set(this.model.sessionTime, this.version === '1.2' ? formatTime12(elapsed) : formatTime2004(elapsed));
    this.set(this.model.exit, done ? (this.version === '1.2' ? '' : 'normal') : 'suspend');
    return this.commit();
  };

  // Ends the session, exactly once: a last checkpoint, then LMSFinish/Terminate. `navigate`
  // (the learner chose to leave) asks a 2004 LMS to close the course: exitAll when she is done,
  // suspendAll to come back later.
  Session.prototype.finish = function (done, navigate) {
    if (this.finished) return false;
    this.finished = true;
    if (!this.active) return true;
    // A request the LMS does not take is no loss of progress: not reported as one.
    if (navigate && this.version === '2004') this.call('set', ['adl.nav.request', done ? 'exitAll' : 'suspendAll']);
    var saved = this.checkpoint(done);
    if (this.call('terminate', ['']) !== 'true' || !saved) this.errors.push(this.model.terminate + ' failed');
    this.active = false;
    return true;
  };

  // Finishes the session when the page in `win` is gone for good, and only then; `isDone()`
  // says whether the learner is done at that moment.
  // - pagehide: the page is unloaded (the LMS closes the frame, the learner leaves): finish.
  //   With `persisted` it goes into the back/forward cache instead and may come back (pageshow)
  //   with the learner carrying on: a checkpoint only, or nothing she does then would be saved.
  // - visibilitychange to hidden: another tab or app, or the phone's dialer after a tap on a
  //   hotline; the learner usually comes back: a checkpoint.
  // - beforeunload: ignored. Chromium fires it for tel: and mailto: links, which leave the
  //   learner on the page, and any navigation may still be cancelled after it.
  // - unload: Chromium no longer runs it in an LMS's frames.
  Session.prototype.watchPageLifecycle = function (win, isDone) {
    var self = this;
    win.addEventListener('pagehide', function (event) {
      if (event.persisted) self.checkpoint(isDone());
      else self.finish(isDone());
    });
    var doc = win.document;
    doc.addEventListener('visibilitychange', function () {
      if (doc.visibilityState === 'hidden') self.checkpoint(isDone());
    });
  };

  return {
    Session: Session,
    findApi: findApi,
    formatTime12: formatTime12,
    formatTime2004: formatTime2004,
    formatTimestamp: formatTimestamp,
    SUSPEND_LIMIT: SUSPEND_LIMIT,
    MAX_PARENT_DEPTH: MAX_PARENT_DEPTH
  };
});
