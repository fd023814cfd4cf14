// trainkit player: shows the course one page at a time, checks answers, scores the final
// assessment and reports to the LMS through runtime.js (TrainkitScorm); progress.js
// (TrainkitProgress) saves and restores the learner's progress. Without scripts the page still
// reads top to bottom; printing shows every page.
(function () {
  'use strict';

  var course = JSON.parse(document.getElementById('trainkit-course').textContent);
  var strings = course.strings;
  var pages = Array.prototype.slice.call(document.querySelectorAll('main > .page'));
  var pageIndex = {};
  pages.forEach(function (page, i) { pageIndex[page.id] = i; });

  var session = new TrainkitScorm.Session(window, course.scorm);
  // visited: page ids; drafts: answers chosen and not yet submitted, by question key;
  // assessment: the last submitted one { answers, percent, passed } or a pass carried over from
  // an earlier version of the course { earlier, percent, passed }; attempts: submissions so far.
  var state = { visited: [], drafts: {}, assessment: null, attempts: 0 };
  var passMark = course.passMark;
  var current = -1;
  var completed = false;
  var ended = false;

  function format(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
    });
  }

  function notice(text) {
    document.querySelector('.status-notice').textContent = text;
  }

  function reportLmsErrors() {
    if (!session.errors.length) return false;
    session.errors.forEach(function (error) { if (window.console) console.warn('trainkit: ' + error); });
    session.errors = [];
    notice(strings.lms_error);
    return true;
  }

  // Whether the LMS took all of it.
  function save() {
    if (ended) return false;
    var location = current >= 0 ? pages[current].id : '';
    // Under the version's limit: with less detail if need be (the score is what counts).
    var fitted = false;
    for (var detail = 2; detail >= 0 && !fitted; detail--) {
      fitted = session.saveProgress(location, TrainkitProgress.encode(course, state, detail));
    }
    if (!fitted) session.errors.push('the progress does not fit in cmi.suspend_data');
    return !reportLmsErrors();
  }

  // ----- Pages -----

  function visited(i) { return state.visited.indexOf(pages[i].id) >= 0; }

  function updateCompletion() {
    var required = 0;
    var seen = 0;
    course.pages.forEach(function (page, i) {
      if (!page.required) return;
      required++;
      if (visited(i)) seen++;
    });
    var hasAssessment = course.assessment.length > 0;
    var steps = required + (hasAssessment ? 1 : 0);
    var done = seen + (hasAssessment && state.assessment ? 1 : 0);
    session.setProgress(steps ? done / steps : 1);
    if (!completed && done === steps) {
      completed = true;
      session.complete(hasAssessment);
    }
  }

  function markVisited(link) {
    if (link.querySelector('.visited')) return;
    var mark = document.createElement('span');
    mark.className = 'visited';
    mark.innerHTML = '<span aria-hidden="true"> ✓</span>';
    var label = document.createElement('span');
    label.className = 'visually-hidden';
    label.textContent = ' (' + strings.visited + ')';
    mark.appendChild(label);
    link.appendChild(mark);
  }

  function show(index, moveFocus) {
    if (index < 0 || index >= pages.length) return;
    current = index;
    pages.forEach(function (page, i) { page.classList.toggle('current', i === index); });
    if (!visited(index)) state.visited.push(pages[index].id);
    document.querySelectorAll('nav.contents a[data-page]').forEach(function (link) {
      var i = pageIndex[link.getAttribute('data-page')];
      if (i === index) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
      if (visited(i)) markVisited(link);
    });
    document.querySelector('.pager .previous').disabled = index === 0;
    document.querySelector('.pager .next').disabled = index === pages.length - 1;
    document.querySelector('.pager .progress').textContent =
      format(strings.page_of, { page: String(index + 1), pages: String(pages.length) });
    if (moveFocus) {
      setContentsOpen(false);
      var heading = pages[index].querySelector('h2');
      heading.focus();
      heading.scrollIntoView();
    }
    var module = course.modules.filter(function (m) { return 'page-' + m.id === pages[index].id; })[0];
    if (module) session.recordObjective(module.id, { completed: true }, passMark / 100);
    updateCompletion();
    save();
  }

  // On a phone the contents fold away behind a button.
  function setContentsOpen(open) {
    document.querySelector('nav.contents').classList.toggle('open', open);
    document.querySelector('.contents-toggle').setAttribute('aria-expanded', open ? 'true' : 'false');
  }

  // ----- Questions -----

  function chosen(container, key) {
    return Array.prototype.slice.call(container.querySelectorAll('input[name="' + key + '"]:checked'))
      .map(function (input) { return input.value; });
  }

  function setChosen(container, key, values) {
    container.querySelectorAll('input[name="' + key + '"]').forEach(function (input) {
      input.checked = values.indexOf(input.value) >= 0;
    });
  }

  // After an answer is submitted its inputs are disabled, which browsers grey out: the chosen
  // choices are marked in words too.
  function markChosen(container, key, values) {
    container.querySelectorAll('input[name="' + key + '"]').forEach(function (input) {
      var choice = input.closest('.choice');
      var mark = choice.querySelector('.choice-mark');
      var isChosen = values.indexOf(input.value) >= 0;
      choice.classList.toggle('chosen', isChosen);
      if (isChosen && !mark) {
        mark = document.createElement('span');
        mark.className = 'choice-mark';
        mark.textContent = strings.your_answer;
        choice.querySelector('label').appendChild(mark);
      } else if (!isChosen && mark) {
        mark.remove();
      }
    });
  }

  function correctText(container, key) {
    return course.questions[key].correct.map(function (value) {
      var label = container.querySelector('label[for="' + key + '-' + value + '"]');
      if (!label) return value;
      var words = label.cloneNode(true);  // the choice's words, without the "your answer" mark
      words.querySelectorAll('.choice-mark').forEach(function (mark) { mark.remove(); });
      return words.textContent.trim();
    }).join('; ');
  }

  // A sentence of feedback ends with one full stop, even when a choice ends with its own.
  function sentence(text) {
    return /[.!?…。]$/.test(text) ? text : text + '.';
  }

  function showFeedback(container, key, answer) {
    var right = TrainkitProgress.isCorrect(course.questions[key], answer);
    var feedback = container.querySelector('.feedback');
    feedback.className = 'feedback ' + (right ? 'right' : 'wrong');
    feedback.textContent = right ? strings.answer_correct
      : strings.answer_incorrect + ' ' + sentence(strings.correct + ': ' + correctText(container, key));
    container.querySelector('.explanation').hidden = false;
  }

  function clearFeedback(container) {
    container.querySelectorAll('.feedback').forEach(function (f) { f.className = 'feedback'; f.textContent = ''; });
    container.querySelectorAll('.explanation').forEach(function (e) { e.hidden = true; });
  }

  function rememberDraft(container, key) {
    state.drafts[key] = chosen(container, key);
    save();
  }

  function setUpKnowledgeCheck(form) {
    var key = form.getAttribute('data-question');
    if (state.drafts[key]) setChosen(form, key, state.drafts[key]);
    form.addEventListener('change', function () { rememberDraft(form, key); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var answer = chosen(form, key);
      if (!answer.length) {
        var feedback = form.querySelector('.feedback');
        feedback.className = 'feedback';
        feedback.textContent = strings.choose_answer;
        return;
      }
      markChosen(form, key, answer);
      showFeedback(form, key, answer);
    });
  }

  // ----- The final assessment -----

  var assessmentForm = document.querySelector('form.assessment');

  function question(key) { return assessmentForm.querySelector('[data-question="' + key + '"]'); }

  function attemptsLeft() {
    return course.attempts ? Math.max(0, course.attempts - state.attempts) : Infinity;
  }

  function noAttemptsLeft() {
    return format(strings.no_attempts_left, { pass_mark: String(passMark), attempts: String(course.attempts) });
  }

  // Whether the right answers and explanations are shown after this outcome (the export's
  // --reveal-answers: after each attempt, once passed, or never).
  function reveals(outcome) {
    return course.reveal === 'attempt' || (course.reveal === 'pass' && outcome.passed);
  }

  function lockAssessment(locked) {
    assessmentForm.querySelectorAll('input').forEach(function (input) { input.disabled = locked; });
    assessmentForm.querySelector('.submit').hidden = locked;
  }

  function showResult(outcome) {
    var result = assessmentForm.querySelector('.result');
    var words = [];
    if (outcome.earlier) {
      words.push(format(strings.passed_earlier, { score: String(outcome.percent) }));
    } else {
      words.push(format(strings.score, { score: String(outcome.percent) }));
      if (outcome.passed) {
        words.push(strings.passed);
      } else if (!attemptsLeft()) {
        words.push(noAttemptsLeft());
      } else {
        words.push(format(strings.failed, { pass_mark: String(passMark) }));
        if (course.attempts) words.push(format(strings.attempts_left, { attempts: String(attemptsLeft()) }));
      }
      if (!reveals(outcome) && course.reveal === 'pass' && !outcome.passed) words.push(strings.answers_after_pass);
    }
    result.className = 'result ' + (outcome.passed ? 'right' : 'wrong');
    result.textContent = words.join(' ');
    assessmentForm.querySelector('.retry').hidden = outcome.passed || !attemptsLeft();
    lockAssessment(true);
  }

  function showAssessment(outcome) {
    if (outcome.answers) course.assessment.forEach(function (key) {
      setChosen(question(key), key, outcome.answers[key]);
      markChosen(question(key), key, outcome.answers[key]);
      if (reveals(outcome)) showFeedback(question(key), key, outcome.answers[key]);
    });
    showResult(outcome);
  }

  function submitAssessment(event) {
    event.preventDefault();
    var answers = {};
    var missing = 0;
    course.assessment.forEach(function (key) {
      answers[key] = chosen(assessmentForm, key);
      if (!answers[key].length) missing++;
    });
    var result = assessmentForm.querySelector('.result');
    if (missing) {
      result.className = 'result';
      result.textContent = format(strings.answer_all, { missing: String(missing) });
      result.focus();
      return;
    }
    var outcome = TrainkitProgress.score(course, answers, passMark);
    outcome.answers = answers;
    state.assessment = outcome;
    state.attempts++;
    course.assessment.forEach(function (key) { delete state.drafts[key]; });
    showAssessment(outcome);
    result.focus();
    session.recordAssessment({
      percent: outcome.percent,
      passed: outcome.passed,
      answers: course.assessment.map(function (key) {
        var q = course.questions[key];
        return {
          id: q.item, type: q.type, response: answers[key], correct: q.correct,
          result: TrainkitProgress.isCorrect(q, answers[key]) ? 'correct' : 'incorrect',
          objectives: q.objectives, text: q.text
        };
      })
    });
    course.modules.forEach(function (module) {
      if (!module.questions.length) return;
      var right = module.questions.filter(function (key) { return TrainkitProgress.isCorrect(course.questions[key], answers[key]); });
      session.recordObjective(module.id, { scaled: right.length / module.questions.length }, passMark / 100);
    });
    updateCompletion();
    save();
  }

  function retryAssessment() {
    assessmentForm.querySelectorAll('input').forEach(function (input) { input.checked = false; });
    course.assessment.forEach(function (key) { delete state.drafts[key]; });
    lockAssessment(false);
    course.assessment.forEach(function (key) { markChosen(question(key), key, []); });
    clearFeedback(assessmentForm);
    var result = assessmentForm.querySelector('.result');
    result.className = 'result';
    result.textContent = '';
    assessmentForm.querySelector('.retry').hidden = true;
    var first = assessmentForm.querySelector('input');
    if (first) first.focus();
  }

  // The intro states the curriculum's pass mark; the LMS may have set its own.
  function showPassMark() {
    var intro = assessmentForm && document.querySelector('.assessment-intro');
    if (!intro || passMark === course.passMark) return;
    intro.textContent = format(strings.assessment_intro, { count: String(course.assessment.length), pass_mark: String(passMark) });
  }

  function setUpAssessment(changeNotice) {
    if (!assessmentForm) return;
    assessmentForm.addEventListener('submit', submitAssessment);
    assessmentForm.querySelector('.retry').addEventListener('click', retryAssessment);
    assessmentForm.addEventListener('change', function (event) {
      var key = event.target.name;
      if (course.questions[key]) rememberDraft(assessmentForm, key);
    });
    showPassMark();
    var retrying = state.assessment && !state.assessment.passed && attemptsLeft() &&
      course.assessment.some(function (key) { return state.drafts[key]; });
    if (state.assessment && !retrying) {
      showAssessment(state.assessment);
      return;
    }
    course.assessment.forEach(function (key) { if (state.drafts[key]) setChosen(question(key), key, state.drafts[key]); });
    if (!attemptsLeft()) {
      lockAssessment(true);
      assessmentForm.querySelector('.result').textContent = noAttemptsLeft();
    } else if (changeNotice) {
      var result = assessmentForm.querySelector('.result');
      result.className = 'result';
      result.textContent = strings[changeNotice];
    }
  }

  // ----- Leaving -----

  function learnerIsDone() {
    return completed && (!course.assessment.length || (state.assessment && state.assessment.passed));
  }

  // The header's exit button: the session ends, and so does the course on this page. Nothing
  // more could be saved, so nothing more can be done; where to get help stays in reach.
  function exitCourse() {
    var saved = save();
    session.finish(learnerIsDone(), true);
    var failed = reportLmsErrors() || !saved;
    ended = true;
    document.documentElement.classList.add('ended');
    document.querySelector('nav.contents').inert = true;
    document.querySelectorAll('main input, main button, main textarea').forEach(function (control) {
      control.disabled = true;
    });
    document.querySelector('.pager').hidden = true;
    document.querySelector('.course-header .exit').hidden = true;
    notice(failed ? strings.exit_failed : strings.exited);
    document.querySelector('.status-notice').focus();
  }

  // ----- Start -----

  function start() {
    document.documentElement.classList.add('js');
    var resumed = session.start();
    if (resumed.masteryPercent !== null) passMark = resumed.masteryPercent;
    var restored = TrainkitProgress.restore(course, resumed.suspendData || '', passMark);
    state.visited = restored.visited;
    state.drafts = restored.drafts;
    state.assessment = restored.assessment;
    state.attempts = restored.attempts;
    if (!session.connected()) notice(strings.no_lms);
    else document.querySelector('.course-header .exit').hidden = false;
    reportLmsErrors();

    document.querySelectorAll('form.check').forEach(setUpKnowledgeCheck);
    setUpAssessment(restored.notice);

    var toggle = document.querySelector('.contents-toggle');
    toggle.addEventListener('click', function () {
      setContentsOpen(toggle.getAttribute('aria-expanded') !== 'true');
    });

    var pager = document.querySelector('.pager');
    pager.hidden = false;
    pager.querySelector('.previous').addEventListener('click', function () { show(current - 1, true); });
    pager.querySelector('.next').addEventListener('click', function () { show(current + 1, true); });

    // Links to a place on another page (the contents, "where to get help") show that page.
    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[href^="#"]');
      // After the exit only where to get help is shown: nothing else can be done.
      if (!link || (ended && link.getAttribute('href') !== '#help')) return;
      var target = document.getElementById(link.getAttribute('href').slice(1));
      var page = target && target.closest('.page');
      if (!page) return;
      event.preventDefault();
      show(pageIndex[page.id], page === target);
      if (page !== target) {
        var focusable = target.querySelector('[tabindex="-1"]') || target;
        if (!focusable.hasAttribute('tabindex')) focusable.setAttribute('tabindex', '-1');
        focusable.focus();
        target.scrollIntoView();
      }
    });

    document.querySelector('.course-header .exit').addEventListener('click', exitCourse);
    // The page going away for good finishes too; runtime.js says which events mean that.
    session.watchPageLifecycle(window, learnerIsDone);

    var first = pageIndex[resumed.location];
    show(first === undefined ? 0 : first, false);
  }

  start();
})();
