// trainkit player: shows the course one page at a time, checks answers, scores the final
// assessment and reports to the LMS through runtime.js (TrainkitScorm). Without scripts the
// page still reads top to bottom; printing shows every page.
(function () {
  'use strict';

  var course = JSON.parse(document.getElementById('trainkit-course').textContent);
  var strings = course.strings;
  var pages = Array.prototype.slice.call(document.querySelectorAll('main > .page'));
  var pageIndex = {};
  pages.forEach(function (page, i) { pageIndex[page.id] = i; });

  var session = new TrainkitScorm.Session(window, course.scorm);
  var state = { visited: [], assessment: null };  // assessment: { answers, percent, passed }
  var current = -1;
  var completed = false;

  function format(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
    });
  }

  function notice(text) {
    var element = document.querySelector('.status-notice');
    element.textContent = text;
  }

  function reportLmsErrors() {
    if (!session.errors.length) return;
    session.errors.forEach(function (error) { if (window.console) console.warn('trainkit: ' + error); });
    session.errors = [];
    notice(strings.lms_error);
  }

  // ----- What is saved between sessions (cmi.suspend_data) -----
  // {"v": visited pages as a hex bit set, "a": final answers ("a.bc.t"), "s": score, "p": passed}

  function encodeVisited() {
    var hex = '';
    for (var i = 0; i < pages.length; i += 4) {
      var nibble = 0;
      for (var bit = 0; bit < 4; bit++) if (state.visited[i + bit]) nibble |= 1 << bit;
      hex += nibble.toString(16);
    }
    return hex;
  }

  function decodeVisited(hex) {
    for (var i = 0; i < hex.length; i++) {
      var nibble = parseInt(hex.charAt(i), 16) || 0;
      for (var bit = 0; bit < 4; bit++) if (nibble & (1 << bit) && 4 * i + bit < pages.length) state.visited[4 * i + bit] = true;
    }
  }

  function suspendData(withAnswers) {
    var data = { v: encodeVisited() };
    if (state.assessment) {
      data.s = state.assessment.percent;
      data.p = state.assessment.passed ? 1 : 0;
      if (withAnswers) {
        data.a = course.assessment.map(function (key) {
          return (state.assessment.answers[key] || []).map(function (v) { return v.charAt(0); }).join('');
        }).join('.');
      }
    }
    return JSON.stringify(data);
  }

  function restore(text) {
    var data;
    try { data = JSON.parse(text); } catch (e) { return; }
    if (!data || typeof data !== 'object') return;
    if (typeof data.v === 'string') decodeVisited(data.v);
    if (typeof data.s === 'number') {
      var answers = null;  // left out when they did not fit: the score alone is shown
      if (typeof data.a === 'string') {
        var saved = data.a.split('.');
        answers = {};
        course.assessment.forEach(function (key, i) {
          var letters = (saved[i] || '').split('');
          answers[key] = course.questions[key].type === 'true-false'
            ? letters.map(function (l) { return l === 't' ? 'true' : 'false'; })
            : letters;
        });
      }
      state.assessment = { answers: answers, percent: data.s, passed: data.p === 1 };
    }
  }

  function save() {
    var location = current >= 0 ? pages[current].id : '';
    // Under the version's limit: without the answers if need be (the score is what counts).
    if (!session.saveProgress(location, suspendData(true))) session.saveProgress(location, suspendData(false));
    reportLmsErrors();
  }

  // ----- Pages -----

  function updateCompletion() {
    if (completed) return;
    var seen = course.pages.every(function (page, i) { return !page.required || state.visited[i]; });
    var hasAssessment = course.assessment.length > 0;
    if (seen && (!hasAssessment || state.assessment)) {
      completed = true;
      session.complete(hasAssessment);
    }
  }

  function show(index, moveFocus) {
    if (index < 0 || index >= pages.length) return;
    current = index;
    pages.forEach(function (page, i) { page.classList.toggle('current', i === index); });
    state.visited[index] = true;
    document.querySelectorAll('nav.contents a[data-page]').forEach(function (link) {
      var i = pageIndex[link.getAttribute('data-page')];
      if (i === index) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
      if (state.visited[i] && !link.querySelector('.visited')) {
        var mark = document.createElement('span');
        mark.className = 'visited';
        mark.innerHTML = '<span aria-hidden="true"> ✓</span>';
        var label = document.createElement('span');
        label.className = 'visually-hidden';
        label.textContent = ' (' + strings.visited + ')';
        mark.appendChild(label);
        link.appendChild(mark);
      }
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

  function isCorrect(key, answer) {
    var correct = course.questions[key].correct;
    return answer.length === correct.length && correct.every(function (c) { return answer.indexOf(c) >= 0; });
  }

  function correctText(container, key) {
    return course.questions[key].correct.map(function (value) {
      var label = container.querySelector('label[for="' + key + '-' + value + '"]');
      return label ? label.textContent : value;
    }).join('; ');
  }

  function showFeedback(container, key, answer) {
    var right = isCorrect(key, answer);
    var feedback = container.querySelector('.feedback');
    feedback.className = 'feedback ' + (right ? 'right' : 'wrong');
    feedback.textContent = right ? strings.answer_correct
      : strings.answer_incorrect + ' ' + strings.correct + ': ' + correctText(container, key) + '.';
    container.querySelector('.explanation').hidden = false;
    return right;
  }

  function setUpKnowledgeCheck(form) {
    var key = form.getAttribute('data-question');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var answer = chosen(form, key);
      if (!answer.length) {
        var feedback = form.querySelector('.feedback');
        feedback.className = 'feedback';
        feedback.textContent = strings.choose_answer;
        return;
      }
      showFeedback(form, key, answer);
    });
  }

  // ----- The final assessment -----

  var assessmentForm = document.querySelector('form.assessment');

  function showResult(outcome) {
    var result = assessmentForm.querySelector('.result');
    result.className = 'result ' + (outcome.passed ? 'right' : 'wrong');
    result.textContent = format(strings.score, { score: String(outcome.percent) }) + ' ' +
      (outcome.passed ? strings.passed : format(strings.failed, { pass_mark: String(course.passMark) }));
    assessmentForm.querySelector('.retry').hidden = outcome.passed;
    assessmentForm.querySelector('.submit').hidden = true;
    assessmentForm.querySelectorAll('input').forEach(function (input) { input.disabled = true; });
  }

  function showAssessment(outcome) {
    if (outcome.answers) course.assessment.forEach(function (key) {
      var fieldset = assessmentForm.querySelector('[data-question="' + key + '"]');
      fieldset.querySelectorAll('input').forEach(function (input) {
        input.checked = outcome.answers[key].indexOf(input.value) >= 0;
      });
      showFeedback(fieldset, key, outcome.answers[key]);
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
    var right = course.assessment.filter(function (key) { return isCorrect(key, answers[key]); }).length;
    // Hundredths, rounded down, so the LMS comparing the score with the mastery score agrees.
    var percent = Math.floor(right * 10000 / course.assessment.length) / 100;
    var outcome = { answers: answers, percent: percent, passed: percent >= course.passMark };
    state.assessment = outcome;
    showAssessment(outcome);
    result.focus();
    session.recordAssessment({
      percent: percent,
      passed: outcome.passed,
      answers: course.assessment.map(function (key) {
        var question = course.questions[key];
        return {
          id: question.item, type: question.type, response: answers[key], correct: question.correct,
          result: isCorrect(key, answers[key]) ? 'correct' : 'incorrect',
          objectives: question.objectives, text: question.text
        };
      })
    });
    updateCompletion();
    save();
  }

  function retryAssessment() {
    assessmentForm.querySelectorAll('input').forEach(function (input) {
      input.disabled = false;
      input.checked = false;
    });
    assessmentForm.querySelectorAll('.feedback').forEach(function (f) { f.className = 'feedback'; f.textContent = ''; });
    assessmentForm.querySelectorAll('.explanation').forEach(function (e) { e.hidden = true; });
    var result = assessmentForm.querySelector('.result');
    result.className = 'result';
    result.textContent = '';
    assessmentForm.querySelector('.retry').hidden = true;
    assessmentForm.querySelector('.submit').hidden = false;
    var first = assessmentForm.querySelector('input');
    if (first) first.focus();
  }

  // ----- Leaving -----

  function learnerIsDone() {
    return completed && (!course.assessment.length || (state.assessment && state.assessment.passed));
  }

  function finish() {
    if (session.finish(learnerIsDone())) reportLmsErrors();
  }

  // ----- Start -----

  function start() {
    document.documentElement.classList.add('js');
    var resumed = session.start();
    if (resumed.suspendData) restore(resumed.suspendData);
    if (!session.connected()) notice(strings.no_lms);
    else document.querySelector('.course-header .exit').hidden = false;
    reportLmsErrors();

    document.querySelectorAll('form.check').forEach(setUpKnowledgeCheck);
    if (assessmentForm) {
      assessmentForm.addEventListener('submit', submitAssessment);
      assessmentForm.querySelector('.retry').addEventListener('click', retryAssessment);
      if (state.assessment) showAssessment(state.assessment);
    }

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
      if (!link) return;
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

    document.querySelector('.course-header .exit').addEventListener('click', function () {
      finish();
      notice(strings.exited);
    });
    // The page going away for good finishes too; runtime.js says which events mean that.
    session.watchPageLifecycle(window, learnerIsDone);

    var start = pageIndex[resumed.location];
    show(start === undefined ? 0 : start, false);
  }

  start();
})();
