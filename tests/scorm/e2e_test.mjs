// End-to-end test of trainkit's SCORM packages in headless Chromium, with scorm-again (a SCORM
// runtime nobody here wrote) as the LMS. For each version a learner launches the package, pages
// through it, leaves and comes back, fails the final assessment, passes it on a second try and
// exits; the test checks what the LMS received at each step, that the course finished exactly
// once per session, that every file it loaded came from the package, and, with axe-core, that
// every page meets WCAG 2.1 AA. On a phone a learner taps a hotline (Chromium fires beforeunload
// for a tel: link, and she stays), goes on and passes: the LMS must get the pass and the score.
// Then the package is re-uploaded after its authors changed the assessment (a question added,
// another's choices changed): a learner who failed finds the answers that still hold, one who
// passed keeps her pass, and nothing she sees contradicts itself. Unsubmitted answers, the LMS's
// own pass mark and an export with one attempt and hidden answers are tried too. It also opens
// the course without an LMS.
//
// Environment: TRAINKIT (the binary), TRAINKIT_SOURCE_DIR, SCORM_TEST_MODULES (node_modules with
// playwright-core, scorm-again and axe-core), CHROMIUM (the browser).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const modules = process.env.SCORM_TEST_MODULES;
const require = createRequire(path.join(modules, 'noop.js'));
const { chromium } = require('playwright-core');
const source = process.env.TRAINKIT_SOURCE_DIR;
const here = path.join(source, 'tests', 'scorm');

// The programs each version is tried with: Cyrillic and Latin scripts, two audiences.
const PACKAGES = {
  '1.2': { format: 'scorm12', args: ['--country', 'PL', '--audience', 'women-seeking-work-abroad'] },
  '2004': { format: 'scorm2004', args: ['--country', 'UA', '--audience', 'general-public'] },
};

let work, server, origin, browser, phone;
let dialled;          // the file where the phone's dialler writes each number it is given
const requests = [];  // every URL the browser asked for
const tapped = [];    // the hotlines the learner tapped (tel: URLs, not files)
const missing = [];   // what the server did not have

// Exports the package of `version` from `curriculum` (default: the shipped one) with `options`
// and unpacks it under pkg/<name>, where the test server serves it.
function exportPackage(version, name = version, curriculum = path.join(source, 'curricula', 'trafficking-in-women'),
  options = []) {
  const { format, args } = PACKAGES[version];
  const zip = path.join(work, `${name}.zip`);
  // Nobody has checked the shipped numbers with their operators yet: print them, marked.
  execFileSync(process.env.TRAINKIT, ['export', curriculum, ...args, '--allow-unchecked-facts', '--format', format,
    '-o', zip, ...options], { stdio: ['ignore', 'ignore', 'pipe'] });
  const folder = path.join(work, 'pkg', name);
  execFileSync('python3', ['-m', 'zipfile', '-e', zip, folder]);
  return folder;
}

// The shipped curriculum as its authors change it after a first upload: a question added to the
// final assessment, and a choice added to another (post-q2), whose saved answers no longer hold.
function changedCurriculum() {
  const folder = path.join(work, 'changed-curriculum');
  fs.cpSync(path.join(source, 'curricula', 'trafficking-in-women'), folder, { recursive: true });
  const file = path.join(folder, 'curriculum.xml');
  let xml = fs.readFileSync(file, 'utf8');
  const start = xml.indexOf('<item id="post-q2"');
  const end = xml.indexOf('</item>', start) + '</item>'.length;
  assert.ok(start > 0 && end > start, 'the curriculum has post-q2');
  let item = xml.slice(start, end);
  item = item.replace('<explanation>', '<choice>Only a court can say, years later.</choice>\n        <explanation>');
  const added = `
      <item id="post-q-added" type="true-false" answer="true" use="post-test" objectives="obj-explain-consent-children">
        <question>A woman who first agreed to the work can still be a victim of trafficking.</question>
        <explanation>Once threats, deception or another listed means are used, her consent does not count.</explanation>
      </item>`;
  xml = xml.slice(0, start) + item + added + xml.slice(end);
  fs.writeFileSync(file, xml);
  return folder;
}

function serve() {
  const routes = {
    '/lms.html': path.join(here, 'lms.html'),
    '/scorm-again.js': path.join(modules, 'scorm-again', 'dist', 'scorm-again.js'),
  };
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
    '.png': 'image/png', '.jpg': 'image/jpeg', '.xml': 'application/xml' };
  return http.createServer((request, response) => {
    const url = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let file = routes[url];
    if (!file && url.startsWith('/pkg/')) file = path.join(work, path.normalize(url));
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      missing.push(url);
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    response.end(fs.readFileSync(file));
  });
}

// A phone (touch, 360 pixels) whose owner let the course's site open tel: links without asking
// (Chromium's "Always allow"), so a tap hands the number to the dialler, as on Android. Asked
// instead, headless Chromium shows its prompt nowhere and ignores every later tap on the page.
// The desktop helpers Chromium calls are stand-ins: xdg-open, the dialler, writes the number
// down; xdg-settings knows no default handler. Nothing is opened on the machine running the test.
async function launchPhone() {
  const profile = path.join(work, 'phone-profile');
  fs.mkdirSync(path.join(profile, 'Default'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'Default', 'Preferences'),
    JSON.stringify({ protocol_handler: { allowed_origin_protocol_pairs: { [origin]: { tel: true } } } }));
  const apps = path.join(work, 'phone-apps');
  fs.mkdirSync(apps);
  dialled = path.join(work, 'dialled.txt');
  fs.writeFileSync(path.join(apps, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$1" >> '${dialled}'\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(apps, 'xdg-settings'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM, args: ['--no-sandbox'], env: { ...process.env, PATH: `${apps}:${process.env.PATH}` },
    viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true,
  });
}

function dialledNumbers() {
  return fs.existsSync(dialled) ? fs.readFileSync(dialled, 'utf8').split('\n').filter(Boolean) : [];
}

// Waits up to ten seconds for `check()` to hold.
async function eventually(check, message) {
  for (const start = Date.now(); Date.now() - start < 10000; await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (check()) return;
  }
  assert.fail(message);
}

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'trainkit-scorm-'));
  for (const version of Object.keys(PACKAGES)) exportPackage(version);
  const changed = changedCurriculum();
  for (const version of Object.keys(PACKAGES)) exportPackage(version, `${version}-v2`, changed);
  // An administrator's settings: one attempt, the right answers never shown.
  exportPackage('2004', '2004-strict', undefined, ['--max-attempts', '1', '--reveal-answers', 'never']);
  server = serve();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM, args: ['--no-sandbox'] });
  phone = await launchPhone();
});

after(async () => {
  if (phone) await phone.close();
  if (browser) await browser.close();
  if (server) server.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

// A new page whose requests, script errors and console errors are recorded; in `from`, a
// browser or a context.
async function newPage(options = {}, from = browser) {
  const page = await from.newPage(options);
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.problems = problems;
  return page;
}

async function lmsCalls(page) {
  return page.evaluate(() => window.lms.calls);
}

// The last value the course set for each element, as the LMS stored it.
function stored(calls) {
  const values = {};
  for (const call of calls) {
    if (call.name.endsWith('SetValue') && call.error === '0') values[call.args[0]] = call.args[1];
  }
  return values;
}

function count(calls, name) {
  return calls.filter((call) => call.name === name).length;
}

// Launches the package of `version` (or the one unpacked as `name`) with `initial` CMI values.
async function launch(page, version, initial, name = version) {
  await page.goto(`${origin}/lms.html`);
  await page.evaluate(([v, url, init]) => window.launch(v, url, init),
    [version, `${origin}/pkg/${name}/index.html`, initial || null]);
  const frame = page.frameLocator('#sco');
  await frame.locator('html.js .page.current').waitFor();
  return frame;
}

async function courseData(frame) {
  return JSON.parse(await frame.locator('#trainkit-course').textContent());
}

async function currentPage(frame) {
  return frame.locator('main > .page.current').getAttribute('id');
}

// Answers the final assessment with `right` questions answered correctly, the rest wrongly.
async function answerAssessment(frame, course, right) {
  for (const [n, key] of course.assessment.entries()) {
    const correct = course.questions[key].correct;
    const values = await frame.locator(`input[name="${key}"]`).evaluateAll((inputs) => inputs.map((i) => i.value));
    let choose;
    if (n < right) choose = correct;
    else {
      const wrong = values.filter((v) => !correct.includes(v));
      choose = course.questions[key].type === 'multiple' ? wrong : [wrong[0]];
    }
    for (const value of choose) await frame.locator(`input[name="${key}"][value="${value}"]`).check();
  }
  await frame.locator('form.assessment button.submit').click();
}

// Next, to the last page.
async function pageToTheEnd(frame) {
  while (await frame.locator('.pager .next').isEnabled()) await frame.locator('.pager .next').tap();
}

const TIME_FORMAT = { '1.2': /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/, '2004': /^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/ };

for (const version of Object.keys(PACKAGES)) {
  const v12 = version === '1.2';
  const m = v12
    ? { init: 'LMSInitialize', finish: 'LMSFinish', location: 'cmi.core.lesson_location', exit: 'cmi.core.exit',
      time: 'cmi.core.session_time', raw: 'cmi.core.score.raw', min: 'cmi.core.score.min', max: 'cmi.core.score.max',
      entry: 'cmi.core.entry', response: 'student_response', wrong: 'wrong' }
    : { init: 'Initialize', finish: 'Terminate', location: 'cmi.location', exit: 'cmi.exit', time: 'cmi.session_time',
      raw: 'cmi.score.raw', min: 'cmi.score.min', max: 'cmi.score.max', entry: 'cmi.entry',
      response: 'learner_response', wrong: 'incorrect' };
  let saved;   // what the LMS kept after the first session
  let failed;  // after the first try of the final assessment
  let done;    // and after the second session

  test(`SCORM ${version}: a first session saves where the learner stopped and finishes once`, async () => {
    const page = await newPage();
    const frame = await launch(page, version);
    assert.equal(await frame.locator('.status-notice').textContent(), '', 'the course found the LMS');
    assert.ok(await frame.locator('.course-header .exit').isVisible(), 'an LMS session can be left');
    for (let i = 0; i < 3; i++) await frame.locator('.pager .next').click();
    const location = await currentPage(frame);
    assert.equal(await frame.locator(`nav.contents a[data-page="${location}"]`).getAttribute('aria-current'), 'page');
    assert.equal(await frame.locator('nav.contents .visited').count(), 4);

    await page.evaluate(() => window.closeCourse());
    await page.waitForFunction((name) => window.lms.calls.some((c) => c.name === name), m.finish);
    const calls = await lmsCalls(page);
    const values = stored(calls);
    assert.equal(count(calls, m.init), 1);
    assert.equal(count(calls, m.finish), 1);
    assert.equal(calls[calls.length - 1].name, m.finish, 'nothing is sent after the finish');
    assert.deepEqual(calls.filter((c) => c.error !== '0' && !c.name.endsWith('GetValue')), [], 'the LMS accepted every call');
    assert.equal(values[m.location], location);
    assert.equal(values[m.exit], 'suspend');
    assert.match(values[m.time], TIME_FORMAT[version]);
    assert.equal(values[v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status'], 'incomplete');
    assert.ok(values['cmi.suspend_data'].length < 4096);
    saved = { ...values, location };
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test(`SCORM ${version}: relaunched, the course resumes; the assessment fails, then passes; exit finishes once`, async () => {
    const initial = {
      [m.entry]: 'resume', [m.location]: saved[m.location], 'cmi.suspend_data': saved['cmi.suspend_data'],
      ...(v12 ? { 'cmi.core.lesson_status': 'incomplete' } : { 'cmi.completion_status': 'incomplete' }),
    };
    const page = await newPage();
    const frame = await launch(page, version, initial);
    assert.equal(await currentPage(frame), saved.location, 'back where the learner stopped');
    assert.equal(await frame.locator('nav.contents .visited').count(), 4, 'what was seen is still marked');
    const course = await courseData(frame);

    // Every page, answering the first knowledge check on the way.
    let checked = false;
    while (await frame.locator('.pager .next').isEnabled()) {
      const check = frame.locator('main > .page.current form.check').first();
      if (!checked && await check.count()) {
        const key = await check.getAttribute('data-question');
        for (const value of course.questions[key].correct) await check.locator(`input[value="${value}"]`).check();
        await check.locator('button').click();
        assert.match(await check.locator('.feedback').getAttribute('class'), /\bright\b/);
        assert.ok(await check.locator('.explanation').isVisible());
        checked = true;
      }
      await frame.locator('.pager .next').click();
    }
    assert.ok(checked, 'the course has a knowledge check');
    await frame.locator('nav.contents a[data-page="page-assessment"]').click();
    const questions = course.assessment.length;
    assert.ok(questions >= 5);

    // Fail: nothing right.
    await answerAssessment(frame, course, 0);
    await frame.locator('form.assessment .result.wrong').waitFor();
    let values = stored(await lmsCalls(page));
    assert.equal(values[m.raw], '0');
    assert.equal(values[m.min], '0');
    assert.equal(values[m.max], '100');
    assert.equal(values[v12 ? 'cmi.core.lesson_status' : 'cmi.success_status'], 'failed');
    for (let i = 0; i < questions; i++) {
      const prefix = `cmi.interactions.${i}.`;
      assert.equal(values[prefix + 'id'], course.questions[course.assessment[i]].item);
      assert.equal(values[prefix + 'result'], m.wrong);
      assert.ok(values[prefix + m.response], 'the answer itself is sent');
    }
    failed = { ...values };
    // Her answers stay visible, in words: disabled inputs are greyed out.
    assert.equal(await frame.locator('form.assessment .choice.chosen .choice-mark').count(), questions);
    assert.equal(await frame.locator('form.assessment .choice-mark').first().textContent(), course.strings.your_answer);
    // One full stop, even after a choice that ends with its own.
    for (const text of await frame.locator('form.assessment .feedback').allTextContents()) {
      assert.doesNotMatch(text, /\.\.$/, text);
    }

    // Pass with the fewest right answers the pass mark allows.
    await frame.locator('form.assessment .retry').click();
    const right = Math.ceil(course.passMark * questions / 100);
    await answerAssessment(frame, course, right);
    await frame.locator('form.assessment .result.right').waitFor();
    let calls = await lmsCalls(page);
    values = stored(calls);
    const percent = Math.floor(right * 10000 / questions) / 100;
    assert.equal(values[m.raw], String(percent));
    assert.ok(percent >= course.passMark);
    if (v12) {
      assert.equal(values['cmi.core.lesson_status'], 'passed');
    } else {
      assert.equal(values['cmi.success_status'], 'passed');
      assert.equal(values['cmi.completion_status'], 'completed');
      assert.equal(values['cmi.score.scaled'], String(percent / 100));
    }
    assert.equal(values[`cmi.interactions.${2 * questions - 1}.result`], m.wrong, 'the second try is appended');
    assert.equal(values[`cmi.interactions.${questions}.result`], 'correct');

    // "Save and exit": the session ends, the course says so truly and can no longer be used;
    // a 2004 LMS is asked to close it. Then the LMS closes the frame: one finish, a normal exit.
    await frame.locator('.course-header .exit').click();
    assert.equal(await frame.locator('.status-notice').textContent(), course.strings.exited);
    assert.ok(await frame.locator('nav.contents').evaluate((nav) => nav.inert), 'no other page can be opened');
    assert.equal(await frame.locator('main input:enabled, main button:enabled').count(), 0, 'nothing more can be done');
    assert.ok(!(await frame.locator('.pager').isVisible()));
    assert.ok(!(await frame.locator('.course-header .exit').isVisible()));
    if (!v12) assert.equal(stored(await lmsCalls(page))['adl.nav.request'], 'exitAll');
    // Where to get help stays in reach.
    await frame.locator('.course-header .help-link').click();
    assert.equal(await currentPage(frame), 'page-intro');
    assert.ok(await frame.locator('#help a[href^="tel:"]').first().isVisible());
    await page.evaluate(() => window.closeCourse());
    await page.waitForTimeout(200);
    calls = await lmsCalls(page);
    values = stored(calls);
    assert.equal(count(calls, m.init), 1);
    assert.equal(count(calls, m.finish), 1);
    assert.equal(values[m.exit], v12 ? '' : 'normal');
    assert.match(values[m.time], TIME_FORMAT[version]);
    assert.deepEqual(calls.filter((c) => c.error !== '0' && !c.name.endsWith('GetValue')), [], 'the LMS accepted every call');
    assert.deepEqual(page.problems, []);
    done = values;
    await page.close();
  });

  test(`SCORM ${version}: on a phone a learner taps the hotline, stays and passes; the LMS keeps the pass and the score`, async () => {
    const page = await newPage({}, phone);
    const frame = await launch(page, version);
    const course = await courseData(frame);
    const sco = page.frames().find((f) => f.url().startsWith(`${origin}/pkg/`));
    await sco.evaluate(() => {
      window.beforeunloads = 0;
      window.addEventListener('beforeunload', () => { window.beforeunloads++; });
    });

    // The introduction's "where to get help" lists the country's hotlines as tel: links.
    const hotline = frame.locator('#page-intro aside.help a[href^="tel:"]').first();
    assert.ok(await hotline.count(), 'the program has a hotline to tap');
    // Exported with --allow-unchecked-facts, the line says beside the number that nobody has
    // checked it yet, in the course's language (Ukrainian, Polish).
    const line = await frame.locator('#page-intro aside.help li:has(a[href^="tel:"])').first().innerText();
    assert.match(line, /ще не перевірено|jeszcze niesprawdzony/, `the line says the number is not yet checked: ${line}`);
    const number = await hotline.getAttribute('href');
    const before = dialledNumbers().length;
    await hotline.tap({ timeout: 10000 });
    tapped.push(number);
    await eventually(() => dialledNumbers().length > before, 'the dialler got the number');
    assert.deepEqual(dialledNumbers().slice(before), [number]);
    assert.equal(await sco.evaluate(() => window.beforeunloads), 1, 'Chromium fired beforeunload: the case tested');
    assert.equal(await currentPage(frame), 'page-intro', 'the learner is still on the course');
    assert.equal(count(await lmsCalls(page), m.finish), 0, 'a tap on a hotline does not end the session');

    // She goes on, through every page, and passes with every answer right.
    await pageToTheEnd(frame);
    await frame.locator('.contents-toggle').tap();
    await frame.locator('nav.contents a[data-page="page-assessment"]').tap();
    await answerAssessment(frame, course, course.assessment.length);
    await frame.locator('form.assessment .result.right').waitFor();
    let calls = await lmsCalls(page);
    let values = stored(calls);
    assert.equal(count(calls, m.finish), 0);
    assert.equal(values[m.raw], '100');
    if (v12) {
      assert.equal(values['cmi.core.lesson_status'], 'passed');
    } else {
      assert.equal(values['cmi.completion_status'], 'completed');
      assert.equal(values['cmi.success_status'], 'passed');
      assert.equal(values['cmi.score.scaled'], '1');
    }

    // Save and exit, then the LMS closes the frame: one finish, a normal exit.
    await frame.locator('.course-header .exit').tap();
    await page.evaluate(() => window.closeCourse());
    await page.waitForTimeout(200);
    calls = await lmsCalls(page);
    values = stored(calls);
    assert.equal(count(calls, m.finish), 1);
    assert.equal(calls[calls.length - 1].name, m.finish, 'nothing is sent after the finish');
    assert.equal(values[m.exit], v12 ? '' : 'normal');
    assert.deepEqual(calls.filter((c) => c.error !== '0' && !c.name.endsWith('GetValue')), [], 'the LMS accepted every call');
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test(`SCORM ${version}: re-uploaded with a question added and another changed, a learner who failed finds her answers that still hold`, async () => {
    const initial = {
      [m.entry]: 'resume', [m.location]: 'page-assessment', 'cmi.suspend_data': failed['cmi.suspend_data'],
      ...(v12 ? { 'cmi.core.lesson_status': 'failed' } : { 'cmi.completion_status': 'completed', 'cmi.success_status': 'failed' }),
    };
    const page = await newPage();
    const frame = await launch(page, version, initial, `${version}-v2`);
    const first = await newPage();
    const before = await courseData(await launch(first, version));
    await first.close();
    const course = await courseData(frame);
    assert.notEqual(course.version, before.version, 'the new upload has a new version');
    assert.ok(course.assessment.includes('final-post-q-added') && course.assessment.includes('final-post-q2'),
      'the changed questions are in this program');
    assert.equal(await currentPage(frame), 'page-assessment');
    const result = frame.locator('form.assessment .result');
    assert.equal(await result.textContent(), course.strings.assessment_changed);
    assert.equal(await frame.locator('form.assessment .feedback:not(:empty)').count(), 0, 'no feedback on answers not submitted');
    const answered = JSON.parse(failed['cmi.suspend_data']).a;
    for (const key of course.assessment) {
      const checked = await frame.locator(`input[name="${key}"]:checked`).evaluateAll((inputs) => inputs.map((i) => i.value[0]).join(''));
      const item = course.questions[key].item;
      const kept = key !== 'final-post-q2' && key !== 'final-post-q-added';
      assert.equal(checked, kept ? answered[item].split(':')[1] : '', `${key}: ${kept ? 'kept' : 'dropped'}`);
      assert.ok(await frame.locator(`input[name="${key}"]`).first().isEnabled());
    }
    // She answers everything, right this time: the LMS gets the new result.
    await frame.locator('form.assessment input:checked').evaluateAll((inputs) => inputs.forEach((i) => { i.checked = false; }));
    await answerAssessment(frame, course, course.assessment.length);
    await frame.locator('form.assessment .result.right').waitFor();
    const values = stored(await lmsCalls(page));
    assert.equal(values[m.raw], '100');
    assert.equal(values[v12 ? 'cmi.core.lesson_status' : 'cmi.success_status'], 'passed');
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test(`SCORM ${version}: re-uploaded after she passed, her pass stands and no answer contradicts it`, async () => {
    const initial = {
      [m.entry]: 'resume', [m.location]: 'page-assessment', 'cmi.suspend_data': done['cmi.suspend_data'],
      ...(v12 ? { 'cmi.core.lesson_status': 'passed' } : { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' }),
    };
    const page = await newPage();
    const frame = await launch(page, version, initial, `${version}-v2`);
    const course = await courseData(frame);
    const result = frame.locator('form.assessment .result');
    const score = JSON.parse(done['cmi.suspend_data']).s;
    assert.equal(await result.textContent(), course.strings.passed_earlier.replace('{score}', String(score)));
    assert.match(await result.getAttribute('class'), /\bright\b/);
    assert.equal(await frame.locator('form.assessment input:checked').count(), 0, 'no answers shown against the new questions');
    assert.equal(await frame.locator('form.assessment .feedback:not(:empty)').count(), 0);
    assert.ok(await frame.locator('form.assessment input').first().isDisabled());
    assert.ok(!(await frame.locator('form.assessment .retry').isVisible()), 'a pass is final');
    assert.ok(!(await frame.locator('form.assessment .submit').isVisible()));
    await page.evaluate(() => window.closeCourse());
    await page.waitForFunction((name) => window.lms.calls.some((c) => c.name === name), m.finish);
    const values = stored(await lmsCalls(page));
    assert.equal(values[v12 ? 'cmi.core.lesson_status' : 'cmi.success_status'], undefined, 'the LMS is told nothing new');
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test(`SCORM ${version}: answers chosen and not yet submitted are there when she comes back`, async () => {
    const page = await newPage();
    const frame = await launch(page, version);
    const course = await courseData(frame);
    await frame.locator('nav.contents a[data-page="page-assessment"]').click();
    const [first, second] = course.assessment;
    const value = course.questions[first].correct[0];
    await frame.locator(`input[name="${first}"][value="${value}"]`).check();
    await page.evaluate(() => window.closeCourse());
    await page.waitForFunction((name) => window.lms.calls.some((c) => c.name === name), m.finish);
    const values = stored(await lmsCalls(page));
    await page.close();

    const again = await newPage();
    const resumed = await launch(again, version, { [m.entry]: 'resume', [m.location]: values[m.location],
      'cmi.suspend_data': values['cmi.suspend_data'] });
    assert.ok(await resumed.locator(`input[name="${first}"][value="${value}"]`).isChecked());
    assert.equal(await resumed.locator(`input[name="${second}"]:checked`).count(), 0);
    assert.equal(await resumed.locator('form.assessment .result').textContent(), '', 'not submitted, not scored');
    assert.deepEqual(again.problems, []);
    await again.close();
  });

  test(`SCORM ${version}: the pass mark the LMS sets wins over the package's`, async () => {
    const mastery = v12 ? { 'cmi.student_data.mastery_score': '50' } : { 'cmi.scaled_passing_score': '0.5' };
    const page = await newPage();
    const frame = await launch(page, version, mastery);
    const course = await courseData(frame);
    assert.notEqual(course.passMark, 50);
    await frame.locator('nav.contents a[data-page="page-assessment"]').click();
    assert.match(await frame.locator('.assessment-intro').textContent(), /50\s?%/);
    const right = Math.ceil(course.assessment.length / 2);
    await answerAssessment(frame, course, right);
    await frame.locator('form.assessment .result').waitFor();
    const percent = Math.floor(right * 10000 / course.assessment.length) / 100;
    assert.equal(await frame.locator('form.assessment .result').getAttribute('class'), `result ${percent >= 50 ? 'right' : 'wrong'}`);
    assert.equal(stored(await lmsCalls(page))[v12 ? 'cmi.core.lesson_status' : 'cmi.success_status'], 'passed');
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  if (v12) {
    test('SCORM 1.2: a learner who passed comes back to her result, and her status stays passed', async () => {
      // A 1.2 LMS keeps the one attempt's data after a normal exit but does not say "resume".
      const initial = { 'cmi.core.lesson_status': 'passed', 'cmi.core.lesson_location': done['cmi.core.lesson_location'],
        'cmi.suspend_data': done['cmi.suspend_data'], 'cmi.core.score.raw': done['cmi.core.score.raw'] };
      const page = await newPage();
      const frame = await launch(page, version, initial);
      await frame.locator('nav.contents a[data-page="page-assessment"]').click();
      assert.match(await frame.locator('form.assessment .result').getAttribute('class'), /\bright\b/);
      assert.ok(await frame.locator('form.assessment input').first().isDisabled());
      assert.ok(!(await frame.locator('form.assessment .retry').isVisible()), 'a pass is final');
      await page.evaluate(() => window.closeCourse());
      await page.waitForFunction(() => window.lms.calls.some((c) => c.name === 'LMSFinish'));
      const values = stored(await lmsCalls(page));
      assert.equal(values['cmi.core.lesson_status'], undefined, 'the status is not sent again');
      assert.equal(values['cmi.core.exit'], '');
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }
}

test('SCORM 2004 exported with one attempt and answers never shown: a failed attempt is final and reveals nothing', async () => {
  const page = await newPage();
  const frame = await launch(page, '2004', null, '2004-strict');
  const course = await courseData(frame);
  assert.equal(course.attempts, 1);
  await frame.locator('nav.contents a[data-page="page-assessment"]').click();
  await answerAssessment(frame, course, 0);
  await frame.locator('form.assessment .result.wrong').waitFor();
  const result = await frame.locator('form.assessment .result').textContent();
  assert.ok(result.includes(course.strings.no_attempts_left.replace('{pass_mark}', String(course.passMark)).replace('{attempts}', '1')), result);
  assert.ok(!(await frame.locator('form.assessment .retry').isVisible()), 'no attempt left');
  assert.equal(await frame.locator('form.assessment .explanation:visible').count(), 0, 'no explanation shown');
  assert.equal(await frame.locator('form.assessment .feedback:not(:empty)').count(), 0, 'no right answer shown');
  assert.equal(await frame.locator('form.assessment .choice.chosen').count(), course.assessment.length, 'her own answers stay visible');
  assert.equal(stored(await lmsCalls(page))['cmi.success_status'], 'failed');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('without an LMS the course works as a plain web page; every page meets WCAG 2.1 AA, fits a phone and prints', async () => {
  const page = await newPage({ viewport: { width: 360, height: 740 } });  // a phone
  await page.goto(`${origin}/pkg/2004/index.html`);
  await page.locator('html.js .page.current').waitFor();
  assert.notEqual(await page.locator('.status-notice').textContent(), '', 'the learner is told nothing is saved');
  assert.ok(!(await page.locator('.course-header .exit').isVisible()));
  await page.addScriptTag({ path: path.join(modules, 'axe-core', 'axe.min.js') });
  const pages = await page.locator('nav.contents a[data-page]').count();
  const toggle = page.locator('.contents-toggle');
  for (let i = 0; i < pages; i++) {
    // On a phone the contents are folded behind a button; choosing a page folds them again.
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.ok(!(await page.locator('nav.contents a[data-page]').nth(i).isVisible()));
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.locator('nav.contents a[data-page]').nth(i).click();
    const id = await page.locator('main > .page.current').getAttribute('id');
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    assert.deepEqual(violations, [], `page ${id}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page ${id} is wider than the phone by ${overflow}px`);
  }
  // Printed, every page shows, without the navigation.
  await page.emulateMedia({ media: 'print' });
  const shown = await page.locator('main > .page').evaluateAll((all) => all.filter((p) => getComputedStyle(p).display !== 'none').length);
  assert.equal(shown, pages);
  assert.ok(!(await page.locator('nav.contents').isVisible()));
  await page.emulateMedia({ media: 'screen' });

  // Every keyboard stop shows where the focus is, at 3:1 or more against what is around it
  // (WCAG 2.2's focus appearance; the header's blue once had an orange ring at 1.7:1).
  await page.reload();
  await page.locator('html.js .page.current').waitFor();
  const rings = [];
  for (let stop = 0; stop < 12; stop++) {
    await page.keyboard.press('Tab');
    rings.push(await page.evaluate(() => {
      const element = document.activeElement;
      const style = getComputedStyle(element);
      const rgb = (text) => (text.match(/[\d.]+/g) || []).map(Number);
      const luminance = ([r, g, b]) => {
        const linear = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
      };
      // The colour the ring is drawn on: the first ancestor with a background of its own.
      let around = element.parentElement;
      while (around && (getComputedStyle(around).backgroundColor === 'rgba(0, 0, 0, 0)' ||
        getComputedStyle(around).backgroundColor === 'transparent')) around = around.parentElement;
      const background = around ? getComputedStyle(around).backgroundColor : 'rgb(255, 255, 255)';
      const [a, b] = [luminance(rgb(style.outlineColor)), luminance(rgb(background))];
      const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      return { what: `${element.tagName.toLowerCase()}.${element.className}`, style: style.outlineStyle,
        width: parseFloat(style.outlineWidth), contrast: Math.round(contrast * 100) / 100 };
    }));
  }
  // Past the last stop the focus leaves the page (the body), then comes round again.
  for (const ring of rings.filter((r) => !r.what.startsWith('body.'))) {
    assert.ok(ring.style !== 'none' && ring.width >= 2, `${ring.what} shows no focus ring`);
    assert.ok(ring.contrast >= 3, `${ring.what}: focus ring at ${ring.contrast}:1`);
  }
  assert.ok(rings.some((ring) => ring.what.startsWith('a.help-link')), 'the header\'s link was among the stops');

  // Keyboard: the skip link is the first stop; Next works with Enter and takes the focus to the
  // new page's heading, where a screen reader starts reading.
  await page.reload();
  await page.locator('html.js .page.current').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.locator('.pager .next').focus();
  await page.keyboard.press('Enter');
  const second = await page.locator('main > .page').nth(1).getAttribute('id');
  assert.equal(await page.evaluate(() => document.activeElement.id), `${second}-title`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('branded by an NGO with a pale colour and a transparent SVG logo: its logo and name head the course, at WCAG 2.1 AA', async () => {
  // A saffron accent would give white header text 1.8:1; the player darkens it until it has 4.5:1.
  const brand = path.join(work, 'brand');
  fs.mkdirSync(brand, { recursive: true });
  fs.writeFileSync(path.join(brand, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80">' +
    '<circle cx="40" cy="40" r="30" fill="#1b1b1b"/><rect x="80" y="30" width="110" height="20" fill="#f4c430"/></svg>');
  fs.writeFileSync(path.join(brand, 'brand.json'), JSON.stringify({
    name: 'Fundacja Przykład', logo: 'logo.svg', colors: { accent: '#f4c430' }, website: 'https://example.org' }));
  exportPackage('2004', 'branded', undefined, ['--brand', path.join(brand, 'brand.json')]);
  const page = await newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`${origin}/pkg/branded/index.html`);
  await page.locator('html.js .page.current').waitFor();
  assert.equal(await page.locator('.course-brand span').textContent(), 'Fundacja Przykład');
  const logo = page.locator('.course-brand img');
  assert.ok(await logo.evaluate((img) => img.complete && img.naturalWidth > 0), 'the logo loads from the package');
  const box = await logo.boundingBox();
  assert.ok(box.width > 0 && box.width <= 12 * 16 && box.height <= 2.5 * 16 + 1, `the logo fits its place: ${JSON.stringify(box)}`);
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()),
    '#f4c430', 'the pale accent is darkened');
  await page.addScriptTag({ path: path.join(modules, 'axe-core', 'axe.min.js') });
  const pages = await page.locator('nav.contents a[data-page]').count();
  for (const i of [0, Math.floor(pages / 2), pages - 1]) {
    await page.locator('.contents-toggle').click();
    await page.locator('nav.contents a[data-page]').nth(i).click();
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    assert.deepEqual(violations, [], `page ${i + 1}`);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the branded header is wider than the phone by ${overflow}px`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('every request stayed inside the package and found its file', () => {
  assert.ok(requests.length > 0);
  assert.deepEqual(requests.filter((url) => !url.startsWith(origin + '/') && url !== 'about:blank' && !tapped.includes(url)), []);
  assert.deepEqual(missing, []);
  for (const file of ['index.html', 'player.js', 'runtime.js', 'player.css']) {
    assert.ok(requests.includes(`${origin}/pkg/2004/${file}`), file);
  }
});
