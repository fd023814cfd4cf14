#!/usr/bin/env python3
"""Writes a synthetic curriculum of N modules into FOLDER, to measure how trainkit's cost grows
with size. Each module has what a real one has: objectives, materials, preparation, a section
with paragraphs, a list and a table, a facilitator note, an activity with steps, a worksheet and
debrief questions, key messages, a handout, a knowledge check and a post-test question.

    bench/synthetic_curriculum.py N FOLDER [--countries K]

With --countries K it also writes K country adaptations, countries/<CC>.xml, to measure how the
cost of one country's export grows with the number of countries beside it. Each sets the two
facts the curriculum then declares and replaces the section of module 1 that uses them, as a
real adaptation does; each is in English (the base's language), so that no translation is needed.
"""
import argparse
import os

# Short modules, so that 1,000 of them fit a track's largest budget (10,000 minutes).
MINUTES = 8

# Real ISO 3166-1 alpha-2 codes, sorted, so that trainkit accepts them (E130) and the first
# country is the same however many are written.
COUNTRIES = """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH
ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT
HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI
NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG
SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()

# What a country sets when the curriculum has countries: a law (required) and a number that
# needs no check, so that participant outputs print it without --allow-unchecked-facts.
FACT_DEFS = '''  <facts>
    <fact-def key="law.criminal-code" kind="law-article" required="true">The national criminal-law article on trafficking</fact-def>
    <fact-def key="emergency.number" kind="emergency-phone">The emergency number</fact-def>
  </facts>
'''


def national_law(title, where):
    """The section that uses the facts: the base's, and each country's replacement of it."""
    return (f'<section id="national-law"><title>{title}</title><p>{where}trafficking is a crime under '
            f'<fact ref="law.criminal-code"/>. In an emergency, call <fact ref="emergency.number"/>.</p></section>')


def module(i, with_facts):
    law = f"\n    {national_law('The law', '')}" if with_facts and i == 1 else ""
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
    </section>{law}
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


def curriculum(n, with_facts):
    objectives = "\n".join(
        f'    <objective id="o{i}" type="cognitive" goal="g1">Name the elements of the case in module {i}.</objective>'
        for i in range(1, n + 1))
    modules = "".join(module(i, with_facts) for i in range(1, n + 1))
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
{FACT_DEFS if with_facts else ""}{modules}  <tracks>
    <track id="course" budget="{n * MINUTES}" start="09:00">
      <title>The whole course</title>
{refs}
    </track>
  </tracks>
</curriculum>
'''


def adaptation(country):
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<adaptation xmlns="urn:trainkit:curriculum:1" country="{country}" xml:lang="en" based-on="1.0">
  <facts>
    <fact key="law.criminal-code" source="Criminal Code ({country}), synthetic" source-date="2026-01" confidence="high">Article 1 of the Criminal Code ({country})</fact>
    <fact key="emergency.number" source="Emergency services ({country}), synthetic" source-date="2026" number="112">112</fact>
  </facts>
  <replace>
    {national_law(f"The law in {country}", f"In {country}, ")}
  </replace>
</adaptation>
'''


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", type=int, metavar="N")
    parser.add_argument("folder", metavar="FOLDER")
    parser.add_argument("--countries", type=int, default=0, metavar="K",
                        help=f"write K country adaptations (0 to {len(COUNTRIES)})")
    args = parser.parse_args()
    if not 0 <= args.countries <= len(COUNTRIES):
        parser.error(f"--countries: 0 to {len(COUNTRIES)}, the real country codes this script knows")
    os.makedirs(args.folder, exist_ok=True)
    with open(os.path.join(args.folder, "curriculum.xml"), "w", encoding="utf-8") as out:
        out.write(curriculum(args.modules, args.countries > 0))
    if args.countries:
        os.makedirs(os.path.join(args.folder, "countries"), exist_ok=True)
    for country in COUNTRIES[:args.countries]:
        with open(os.path.join(args.folder, "countries", f"{country}.xml"), "w", encoding="utf-8") as out:
            out.write(adaptation(country))


if __name__ == "__main__":
    main()
