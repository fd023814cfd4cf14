#!/usr/bin/env python3
"""Writes a synthetic curriculum of N modules into FOLDER, to measure how trainkit's cost grows
with size. Each module has what a real one has: objectives, materials, preparation, a section
with paragraphs, a list and a table, a facilitator note, an activity with steps, a worksheet and
debrief questions, key messages, a handout, a knowledge check and a post-test question.

    bench/synthetic_curriculum.py N FOLDER
"""
import os
import sys

# Short modules, so that 1,000 of them fit a track's largest budget (10,000 minutes).
MINUTES = 8


def module(i):
    return f'''  <module id="m{i}" minutes="{MINUTES}" objectives="o{i}" sources="s1" origin="new">
    <title>Module {i}: recognising and responding, part {i}</title>
    <summary><p>What participants learn in module {i}, and why it matters for the people they meet.</p></summary>
    <materials><item>Flipchart and markers</item><item>Case cards for module {i}</item></materials>
    <preparation><p>Print the case cards for module {i} and write the three headings on the flipchart.</p></preparation>
    <section id="m{i}-s1">
      <title>The main points of module {i}</title>
      <p>Trafficking has <strong>three</strong> elements: an act, a means and a purpose. This paragraph of module {i} explains
      each of them with an example that participants can recognise from their own work, and says what to do next.</p>
      <p>A second paragraph adds the detail a trainer needs when participants ask how the elements fit together in a real case.</p>
      <ul><li>The act: recruitment, transport, harbouring</li><li>The means: deception, force, abuse of a position of vulnerability</li><li>The purpose: exploitation</li></ul>
      <table><caption>Elements in module {i}</caption><tr><th>Element</th><th>Example</th></tr><tr><td>Act</td><td>Recruitment through a job advertisement</td></tr><tr><td>Means</td><td>A false promise of work abroad</td></tr></table>
      <facilitator-note><p>Ask who has met a case in module {i}; never ask anyone to disclose one.</p></facilitator-note>
    </section>
    <activity id="m{i}-a1" method="small-group-discussion" minutes="{MINUTES - 3}" group-size="4-5">
      <title>Case discussion {i}</title>
      <purpose>Apply the three elements to a short case.</purpose>
      <steps>
        <step minutes="2">Hand out the case cards.</step>
        <step minutes="{MINUTES - 5}">Groups discuss the case and name its elements.</step>
      </steps>
      <worksheet><prompt lines="4">Which element was hardest to find in case {i}, and why?</prompt></worksheet>
      <debrief><question>What would you do first if you met this person?</question></debrief>
    </activity>
    <key-messages>
      <message id="m{i}-k1">Consent does not matter once deception or force is used (module {i}).</message>
    </key-messages>
    <handout id="m{i}-h1"><title>Module {i} in brief</title><p>Act, means, purpose: the three elements, and where to get help.</p></handout>
    <assessment>
      <item id="m{i}-q1" type="single-choice" use="check" objectives="o{i}">
        <question>Which is not required for trafficking (module {i})?</question>
        <choice>An act</choice>
        <choice correct="true">Crossing a border</choice>
        <explanation>No border needs to be crossed.</explanation>
      </item>
      <item id="m{i}-q2" type="true-false" answer="false" use="post-test" objectives="o{i}">
        <question>Her earlier agreement means she is not a victim (module {i}).</question>
        <explanation>Consent is irrelevant once a means is used.</explanation>
      </item>
    </assessment>
  </module>
'''


def curriculum(n):
    objectives = "\n".join(
        f'    <objective id="o{i}" type="cognitive" goal="g1">Name the elements of the case in module {i}.</objective>'
        for i in range(1, n + 1))
    modules = "".join(module(i) for i in range(1, n + 1))
    refs = "\n".join(f'      <module ref="m{i}"/>' for i in range(1, n + 1))
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<curriculum xmlns="urn:trainkit:curriculum:1" id="synthetic-{n}" version="1.0" date="2026-11-28" xml:lang="en">
  <title>A synthetic curriculum of {n} modules</title>
  <summary><p>Generated to measure how trainkit's cost grows with the size of a curriculum.</p></summary>
  <authors><author role="editor">trainkit benchmark</author></authors>
  <license href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</license>
  <sources>
    <source id="s1" url="https://example.org/guidelines">Guidelines for a training program</source>
  </sources>
  <audiences>
    <audience id="general-public">General public</audience>
  </audiences>
  <goals>
    <goal id="g1">Participants recognise trafficking when they meet it.</goal>
  </goals>
  <objectives>
{objectives}
  </objectives>
{modules}  <tracks>
    <track id="course" budget="{n * MINUTES}" start="09:00">
      <title>The whole course</title>
{refs}
    </track>
  </tracks>
</curriculum>
'''


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    n, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "curriculum.xml"), "w", encoding="utf-8") as out:
        out.write(curriculum(n))


if __name__ == "__main__":
    main()
