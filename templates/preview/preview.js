// trainkit preview: lists the programs, shows the chosen one in the chosen view, and follows
// the files: it asks the server several times a second whether they changed, and when they
// did, shows the program again where the reader was. A program whose files have errors shows
// its diagnostics instead, with its last good view a click away.
(function () {
  'use strict';

  var POLL_MILLISECONDS = 150;
  var state = { program: '', view: 'participant', generation: 0, programs: [], problems: [], labels: {} };
  var select = document.getElementById('program');
  var main = document.getElementById('view');
  var status = document.getElementById('status');
  var buttons = Array.prototype.slice.call(document.querySelectorAll('[data-view]'));

  // ----- The SCORM player's LMS, for the preview only -----
  // The player looks for an LMS in its parent windows. This one keeps what it is told in the
  // tab's session storage, per program, so that a player reloaded after a save resumes on the
  // page the trainer was reading. It scores nothing and sends nothing anywhere.
  function PreviewLms() {
    var data = {};
    var key = '';  // the program of the player that initialised: a player being removed saves its own
    function save() {
      try { sessionStorage.setItem(key, JSON.stringify(data)); } catch (e) { /* private mode: no resume */ }
    }
    var fixed = {
      'cmi.core.student_id': 'preview', 'cmi.core.student_name': 'Preview, Trainer', 'cmi.core.credit': 'no-credit',
      'cmi.core.lesson_mode': 'browse', 'cmi.launch_data': ''
    };
    return {
      LMSInitialize: function () {
        key = 'trainkit-preview:' + state.program;
        try { data = JSON.parse(sessionStorage.getItem(key) || '{}'); } catch (e) { data = {}; }
        return 'true';
      },
      LMSFinish: function () { save(); return 'true'; },
      LMSGetValue: function (name) {
        if (name === 'cmi.core.entry') return data['cmi.core.lesson_location'] ? 'resume' : 'ab-initio';
        if (name === 'cmi.core.lesson_status') return data[name] || 'not attempted';
        if (name in fixed) return fixed[name];
        return name in data ? data[name] : '';
      },
      LMSSetValue: function (name, value) { data[name] = String(value); return 'true'; },
      LMSCommit: function () { save(); return 'true'; },
      LMSGetLastError: function () { return '0'; },
      LMSGetErrorString: function () { return 'No error'; },
      LMSGetDiagnostic: function () { return ''; }
    };
  }
  window.API = PreviewLms();

  // ----- Talking to the server -----
  function getJson(url) {
    return fetch(url, { cache: 'no-store' }).then(function (response) {
      if (!response.ok) throw new Error(url + ': ' + response.status);
      return response.json();
    });
  }

  function readHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    if (params.get('program')) state.program = params.get('program');
    if (['participant', 'facilitator', 'scorm'].indexOf(params.get('view')) >= 0) state.view = params.get('view');
  }
  function writeHash() {
    history.replaceState(null, '', '#program=' + encodeURIComponent(state.program) + '&view=' + state.view);
  }

  function loadPrograms() {
    return getJson('/api/programs').then(function (answer) {
      state.programs = answer.programs;
      state.problems = answer.diagnostics;
      if (answer.title) document.title = answer.title + ' · trainkit preview';
      var keys = answer.programs.map(function (p) { return p.key; });
      var listed = answer.programs.slice();
      answer.programs.forEach(function (p) { state.labels[p.key] = p.label; });
      // The chosen program stays chosen when it is not listed (its file does not parse now, or
      // it was renamed): its view says why. Before anything is chosen, the first is.
      if (!state.program) state.program = keys[0] || '';
      if (state.program && keys.indexOf(state.program) < 0) {
        listed.unshift({ key: state.program,
          label: (state.labels[state.program] || state.program) + ' (cannot be read now)' });
      }
      select.textContent = '';
      listed.forEach(function (program) {
        var option = document.createElement('option');
        option.value = program.key;
        option.textContent = program.label;
        select.appendChild(option);
      });
      select.value = state.program;
      writeHash();
    });
  }

  // ----- Showing a view -----
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function diagnosticItem(d) {
    var item = element('li', 'diagnostic ' + d.severity);
    var line = element('p');
    if (d.file) {  // a problem of no one file (a program's) has none
      line.appendChild(element('span', 'where', d.file + ':' + d.line + ':' + d.column));
      line.appendChild(document.createTextNode(' '));
    }
    line.appendChild(element('span', 'severity', d.severity + '[' + d.code + ']'));
    line.appendChild(document.createTextNode(': ' + d.message));
    item.appendChild(line);
    if (d.excerpt) {
      var caret = new Array(Math.max(1, d.column)).join(' ') + '^';
      item.appendChild(element('pre', '', d.line + ' | ' + d.excerpt + '\n' + String(d.line).replace(/./g, ' ') +
        ' | ' + caret));
    }
    d.notes.forEach(function (note) {
      var where = note.file ? note.file + ':' + note.line + ':' + note.column + ': ' : '';
      item.appendChild(element('p', 'note-line', where + note.message));
    });
    return item;
  }

  function diagnosticList(diagnostics) {
    var list = element('ul', 'diagnostics');
    list.setAttribute('role', 'list');
    diagnostics.forEach(function (d) { list.appendChild(diagnosticItem(d)); });
    return list;
  }

  function showProblems(diagnostics, problem, lastGood) {
    main.className = '';
    main.textContent = '';
    var section = element('section', 'problems');
    section.appendChild(element('h1', '', 'This program cannot be shown: ' + problem));
    var errors = diagnostics.filter(function (d) { return d.severity === 'error'; });
    section.appendChild(element('p', '', errors.length + (errors.length === 1 ? ' error' : ' errors') +
      ' in the files. Fix ' + (errors.length === 1 ? 'it' : 'them') + ' and save: this page updates by itself.'));
    section.appendChild(diagnosticList(errors.length ? errors : diagnostics));
    main.appendChild(section);
    if (lastGood) {
      var button = element('button', 'show-last-good', 'Show the last good view (from ' + lastGood.at + ')');
      button.type = 'button';
      button.setAttribute('aria-expanded', 'false');
      button.addEventListener('click', function () {
        var shown = main.querySelector('.last-good');
        if (shown) { shown.remove(); button.setAttribute('aria-expanded', 'false'); return; }
        var old = element('section', 'last-good');
        old.setAttribute('aria-label', 'The last good view');
        old.innerHTML = lastGood.html;  // the server's own HTML, escaped when it was made
        main.appendChild(old);
        button.setAttribute('aria-expanded', 'true');
      });
      section.appendChild(button);
    }
    status.textContent = 'The files have errors (' + timeNow() + ')';
  }

  function showHtml(answer) {
    var top = window.scrollY;
    main.className = '';
    main.innerHTML = answer.html;  // made by trainkit from the curriculum, every text escaped
    var warnings = answer.diagnostics.filter(function (d) { return d.severity === 'warning'; });
    if (warnings.length) {
      var details = element('details', 'warnings');
      details.appendChild(element('summary', '', warnings.length + (warnings.length === 1 ? ' warning' : ' warnings')));
      details.appendChild(diagnosticList(warnings));
      main.insertBefore(details, main.firstChild);
    }
    window.scrollTo(0, top);  // keep the reader's place
  }

  function showPlayer(program) {
    var src = '/scorm/' + program + '/index.html';
    var frame = main.querySelector('iframe.player');
    if (frame && frame.getAttribute('src') === src) {
      frame.contentWindow.location.reload();  // the player resumes where it was (PreviewLms)
      return;
    }
    main.className = 'player';
    main.textContent = '';
    frame = element('iframe', 'player');
    frame.title = 'E-learning player';
    frame.setAttribute('src', src);
    main.appendChild(frame);
  }

  function timeNow() { return new Date().toLocaleTimeString('en-GB'); }

  function show() {
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.view === state.view)); });
    if (!state.program) {
      showProblems(state.problems, 'the curriculum cannot be read', null);
      return Promise.resolve();
    }
    var program = state.program, view = state.view;
    return getJson('/api/view?program=' + encodeURIComponent(program) + '&view=' + view).then(function (answer) {
      if (program !== state.program || view !== state.view) return;  // another was chosen meanwhile
      main.dataset.generation = String(answer.generation);
      if (!answer.ok) return showProblems(answer.diagnostics, answer.problem, answer.last_good);
      if (view === 'scorm') showPlayer(program); else showHtml(answer);
      status.textContent = 'Shown from the files as saved at ' + timeNow();
    });
  }

  function failed(error) { status.textContent = 'The preview server does not answer (' + error.message + ')'; }

  // ----- Following the files -----
  function poll() {
    getJson('/api/generation').then(function (answer) {
      if (answer.generation === state.generation) return;
      state.generation = answer.generation;
      return loadPrograms().then(show);
    }).catch(failed).then(function () { setTimeout(poll, POLL_MILLISECONDS); });
  }

  select.addEventListener('change', function () {
    state.program = select.value;
    writeHash();
    show().catch(failed);
  });
  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      state.view = button.dataset.view;
      writeHash();
      show().catch(failed);
    });
  });
  // A link or a bookmark to another program or view, followed in the same page.
  window.addEventListener('hashchange', function () {
    readHash();
    select.value = state.program;
    show().catch(failed);
  });
  readHash();
  poll();
})();
