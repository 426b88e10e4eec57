#!/usr/bin/env python3
"""Writes the hostile corpus of core/src/test/resources/hostile/: one JSON file per hostile input, each a variant of
cases/valid-full.json (or raw text) in a category folder. Expectations are in hostile/expected.tsv, written by hand or
with HostileCorpusGolden and then read line by line. Run from the repository root: python3 core/src/test/hostile/generate.py
"""
import copy, json, os, shutil

ROOT = 'core/src/test/resources/hostile'
BASE = json.load(open('core/src/test/resources/cases/valid-full.json', encoding='utf-8'))
files = {}  # category -> list of (name, text)


def add(category, name, doc=None, text=None):
    if text is None:
        text = json.dumps(doc, indent=2, ensure_ascii=False) + '\n'
    files.setdefault(category, []).append((name, text))


def variant(change):
    d = copy.deepcopy(BASE)
    change(d)
    return d


def setp(d, path, value):
    node = d
    for k in path[:-1]:
        node = node[k]
    node[path[-1]] = value


# 1. country codes: codes that are not ISO 3166-1 alpha-2 codes, in every field that holds one
COUNTRY_FIELDS = [
    ('host-state', ['hostState']),
    ('current-country', ['currentCountry']),
    ('origin', ['countryOfOrigin']),
    ('nationality', ['person', 'nationalities', 0, 'country']),
    ('former-residence', ['person', 'formerHabitualResidence']),
    ('event-country', ['eventsAfterDeparture', 0, 'country']),
    ('destination', ['destinations', 1, 'country']),
    ('settlement', ['settlement', 0, 'country']),
]
BAD_CODES = ['UK', 'NK', 'EU', 'YU', 'SU', 'KV', 'AN', 'ZR', 'CS', 'UN', 'FX']
for code in BAD_CODES:
    for label, path in COUNTRY_FIELDS:
        add('country-codes', f'{label}-{code.lower()}', variant(lambda d: setp(d, path, code)))
for label, path in COUNTRY_FIELDS:
    add('country-codes', f'{label}-lower-case', variant(lambda d: setp(d, path, 'kp')))
    add('country-codes', f'{label}-name', variant(lambda d: setp(d, path, 'North Korea')))

# 2. accepted: codes a refugee caseload needs, and facts that look odd but are possible
for code in ['PS', 'XK', 'EH', 'TW', 'SS']:
    add('accepted', f'origin-{code.lower()}', variant(lambda d: (setp(d, ['countryOfOrigin'], code),
        setp(d, ['person', 'nationalities', 0, 'country'], code), setp(d, ['person', 'formerHabitualResidence'], code),
        setp(d, ['destinations', 0, 'country'], code), setp(d, ['eventsAfterDeparture'], []),
        setp(d, ['person', 'nationalities'], [{'country': code, 'basis': 'held'}]),
        setp(d, ['destinations'], [d['destinations'][0]]))))
add('accepted', 'still-in-the-country-of-origin', variant(lambda d: setp(d, ['currentCountry'], 'KP')))
add('accepted', 'user-assigned-code-without-country-information', variant(lambda d: setp(d, ['settlement', 0, 'country'], 'XA')))
add('accepted', 'same-day-dates', variant(lambda d: (setp(d, ['departure', 'date'], '2024-06-14'),
    setp(d, ['activitiesAbroad'], []), setp(d, ['eventsAfterDeparture'], []), setp(d, ['stayAbroad', 'unauthorisedSince'], '2024-06-14'))))
add('accepted', 'lists-at-their-limits', variant(lambda d: setp(d, ['exclusion', 'crimes'], [{'category': 'serious_non_political_crime'}] * 200)))
add('accepted', 'stateless-with-nationality-by-right', variant(lambda d: (setp(d, ['person', 'stateless'], 'established'),
    setp(d, ['person', 'nationalities'], [{'country': 'KR', 'basis': 'by_right'}]))))
add('accepted', 'same-kind-of-activity-twice', variant(lambda d: setp(d, ['activitiesAbroad', 1, 'kind'], 'religious_contact')))
add('accepted', 'narrative-with-line-breaks', variant(lambda d: setp(d, ['claim', 'narrative'], 'First line.\nSecond line.\tTabbed.')))

# 3. things listed twice
dup = 'duplicates'
add(dup, 'destination-twice', variant(lambda d: d['destinations'].append({'country': 'KP'})))
add(dup, 'destination-twice-contradicting', variant(lambda d: d['destinations'].append({'country': 'KR', 'admitsPerson': 'not_established'})))
add(dup, 'destination-three-times', variant(lambda d: d['destinations'].extend([{'country': 'KP'}, {'country': 'KP', 'riskThere': 'not_established'}])))
add(dup, 'settlement-twice', variant(lambda d: d['settlement'].append(dict(d['settlement'][0]))))
add(dup, 'settlement-twice-contradicting', variant(lambda d: d['settlement'].append({'country': d['settlement'][0]['country'], 'rightsOfNationals': 'established'})))
add(dup, 'nationality-twice-held', variant(lambda d: d['person']['nationalities'].append({'country': 'KP', 'basis': 'held'})))
add(dup, 'nationality-held-and-by-right', variant(lambda d: d['person']['nationalities'].append({'country': 'KR', 'basis': 'held'})))
add(dup, 'ground-twice', variant(lambda d: d['destinations'][0]['grounds'].append({'ground': 'political_opinion', 'imputed': 'not_established'})))
add(dup, 'ground-twice-in-second-destination', variant(lambda d: d['destinations'][1]['grounds'].extend([{'ground': 'religion'}, {'ground': 'religion'}])))
add(dup, 'motive-twice', variant(lambda d: d['departure']['motives'].append('hunger')))
add(dup, 'motive-three-times', variant(lambda d: d['departure']['motives'].extend(['hunger', 'hunger'])))
add(dup, 'harm-twice', variant(lambda d: d['destinations'][0]['harmsFaced'].append('torture')))
add(dup, 'profile-twice', variant(lambda d: d['claim']['profile'].append('religious_conversion')))
add(dup, 'condition-findings-twice', variant(lambda d: d['destinations'][0]['conditionFindings'].append(
    {'conditionId': 'KP-RELIGIOUS-CONTACT', 'stateProtectionAvailable': 'established'})))
add(dup, 'destination-and-settlement-twice', variant(lambda d: (d['destinations'].append({'country': 'KR'}), d['settlement'].append({'country': d['settlement'][0]['country']}))))

# 4. dates that cannot be
dt = 'dates'
add(dt, 'event-before-departure', variant(lambda d: setp(d, ['eventsAfterDeparture', 0, 'date'], '2019-11-19')))
add(dt, 'event-years-before-departure', variant(lambda d: setp(d, ['eventsAfterDeparture', 0, 'date'], '2001-01-01')))
add(dt, 'event-after-assessment', variant(lambda d: setp(d, ['eventsAfterDeparture', 0, 'date'], '2024-06-15')))
add(dt, 'crime-before-birth', variant(lambda d: setp(d, ['exclusion', 'crimes', 0, 'date'], '1990-01-01')))
add(dt, 'crime-after-assessment', variant(lambda d: setp(d, ['exclusion', 'crimes', 0, 'date'], '2030-01-01')))
add(dt, 'activity-before-birth-departure-unknown', variant(lambda d: (d['departure'].pop('date'), d['stayAbroad'].pop('unauthorisedSince'),
    setp(d, ['activitiesAbroad', 0, 'date'], '1980-05-09'))))
add(dt, 'activity-before-departure', variant(lambda d: setp(d, ['activitiesAbroad', 1, 'date'], '2019-01-01')))
add(dt, 'activity-after-assessment', variant(lambda d: setp(d, ['activitiesAbroad', 1, 'date'], '2025-01-01')))
add(dt, 'departure-after-assessment', variant(lambda d: (setp(d, ['departure', 'date'], '2024-07-01'))))
add(dt, 'departure-before-birth', variant(lambda d: setp(d, ['departure', 'date'], '1990-01-01')))
add(dt, 'birth-after-assessment', variant(lambda d: setp(d, ['person', 'dateOfBirth'], '2025-01-01')))
add(dt, 'unauthorised-stay-before-departure', variant(lambda d: setp(d, ['stayAbroad', 'unauthorisedSince'], '2019-11-19')))
add(dt, 'unauthorised-stay-after-assessment', variant(lambda d: setp(d, ['stayAbroad', 'unauthorisedSince'], '2024-06-15')))
add(dt, 'assessment-before-everything', variant(lambda d: setp(d, ['assessmentDate'], '1950-01-01')))
add(dt, 'february-thirtieth', variant(lambda d: setp(d, ['departure', 'date'], '2019-02-30')))
add(dt, 'month-thirteen', variant(lambda d: setp(d, ['assessmentDate'], '2024-13-01')))
add(dt, 'year-zero', variant(lambda d: setp(d, ['assessmentDate'], '0000-01-01')))
add(dt, 'five-digit-year', variant(lambda d: setp(d, ['assessmentDate'], '+10000-01-01')))
add(dt, 'date-with-time', variant(lambda d: setp(d, ['departure', 'date'], '2019-11-20T10:00:00Z')))
add(dt, 'event-after-assessment-and-before-departure', variant(lambda d: (setp(d, ['departure', 'date'], '2024-06-01'),
    setp(d, ['stayAbroad', 'unauthorisedSince'], '2024-06-01'), setp(d, ['activitiesAbroad'], []),
    setp(d, ['eventsAfterDeparture', 0, 'date'], '2024-05-01'))))

# 5. facts that contradict each other
ct = 'contradictions'
add(ct, 'stay-authorised-but-unauthorised-since', variant(lambda d: setp(d, ['stayAbroad', 'authorisedByOrigin'], 'established')))
add(ct, 'settled-in-the-country-of-origin', variant(lambda d: setp(d, ['settlement', 0, 'country'], 'KP')))
add('accepted', 'stateless-still-in-another-former-residence', variant(lambda d: (setp(d, ['person', 'stateless'], 'established'),
    setp(d, ['person', 'nationalities'], []), setp(d, ['person', 'formerHabitualResidence'], 'CN'))))
add(ct, 'stateless-but-holding-a-nationality', variant(lambda d: setp(d, ['person', 'stateless'], 'established')))
add(ct, 'stateless-holding-two-nationalities', variant(lambda d: (setp(d, ['person', 'stateless'], 'established'),
    setp(d, ['person', 'nationalities', 1, 'basis'], 'held'))))
add(ct, 'every-contradiction-at-once', variant(lambda d: (setp(d, ['stayAbroad', 'authorisedByOrigin'], 'established'),
    setp(d, ['settlement', 0, 'country'], 'KP'), setp(d, ['person', 'stateless'], 'established'),
    d['destinations'].append({'country': 'KP'}))))

# 6. lists far beyond any real case
lim = 'limits'
LISTS = [('activities', ['activitiesAbroad'], {'kind': 'religious_contact'}, 200),
         ('events', ['eventsAfterDeparture'], {'country': 'KP'}, 200),
         ('destinations', ['destinations'], {'country': 'KP'}, 50),
         ('settlement', ['settlement'], {'country': 'RU'}, 50),
         ('nationalities', ['person', 'nationalities'], {'country': 'KP', 'basis': 'held'}, 20),
         ('motives', ['departure', 'motives'], 'hunger', 20),
         ('profile', ['claim', 'profile'], 'asylum_claim', 50),
         ('harms', ['destinations', 0, 'harmsFaced'], 'torture', 50),
         ('grounds', ['destinations', 0, 'grounds'], {'ground': 'race'}, 20),
         ('crimes', ['exclusion', 'crimes'], {'category': 'serious_non_political_crime'}, 200)]
for label, path, item, n in LISTS:
    add(lim, f'{label}-one-over', variant(lambda d: setp(d, path, [item] * (n + 1))))
    add(lim, f'{label}-thousands', variant(lambda d: setp(d, path, [item] * 3000)))
add(lim, 'two-lists-over', variant(lambda d: (setp(d, ['destinations'], [{'country': 'KP'}] * 400), setp(d, ['exclusion', 'crimes'], [{'category': 'x'}] * 5000))))
add(lim, 'inner-list-over-in-second-destination', variant(lambda d: setp(d, ['destinations', 1, 'harmsFaced'], ['fine'] * 60)))
add(lim, 'many-problems-capped', variant(lambda d: setp(d, ['activitiesAbroad'], [{'kind': 'religious_contact', 'visibility': 'loud', 'authoritiesAware': 'perhaps'}] * 150)))
add(lim, 'many-problems-capped-duplicates', variant(lambda d: setp(d, ['destinations'], [{'country': 'KP', 'riskThere': 'maybe'}] * 50)))
add(lim, 'many-unknown-fields-capped', variant(lambda d: d['claim'].update({f'note{i}': 'x' for i in range(120)})))
add(lim, 'exactly-one-hundred-problems', variant(lambda d: setp(d, ['activitiesAbroad'], [{'kind': 'religious_contact', 'visibility': 'loud'}] * 100)))

# 7. personal data: the value received is withheld
pd = 'personal-data'
add(pd, 'name-too-long', variant(lambda d: setp(d, ['person', 'name'], 'Kim ' * 200)))
add(pd, 'name-as-number', variant(lambda d: setp(d, ['person', 'name'], 12345)))
add(pd, 'name-as-list', variant(lambda d: setp(d, ['person', 'name'], ['Kim', 'Ri'])))
add(pd, 'name-as-object', variant(lambda d: setp(d, ['person', 'name'], {'given': 'Sun-hui', 'family': 'Ri'})))
add(pd, 'name-null', variant(lambda d: setp(d, ['person', 'name'], None)))
add(pd, 'birth-day-first', variant(lambda d: setp(d, ['person', 'dateOfBirth'], '02/03/1994')))
add(pd, 'birth-not-in-calendar', variant(lambda d: setp(d, ['person', 'dateOfBirth'], '1994-02-30')))
add(pd, 'birth-as-number', variant(lambda d: setp(d, ['person', 'dateOfBirth'], 19940302)))
add(pd, 'birth-after-departure', variant(lambda d: setp(d, ['person', 'dateOfBirth'], '2019-12-01')))
add(pd, 'departure-narrative-as-number', variant(lambda d: setp(d, ['departure', 'narrative'], 42)))
add(pd, 'claim-narrative-as-list', variant(lambda d: setp(d, ['claim', 'narrative'], ['She fled.', 'Her brother was taken.'])))
add(pd, 'activity-narrative-as-object', variant(lambda d: setp(d, ['activitiesAbroad', 0, 'narrative'], {'church': 'Yanji'})))
add(pd, 'event-description-as-boolean', variant(lambda d: setp(d, ['eventsAfterDeparture', 0, 'description'], True)))
add(pd, 'crime-description-as-number', variant(lambda d: setp(d, ['exclusion', 'crimes', 0, 'description'], 3.5)))
add(pd, 'crime-place-too-long', variant(lambda d: setp(d, ['exclusion', 'crimes', 0, 'place'], 'Hoeryong ' * 60)))
add(pd, 'offence-too-long', variant(lambda d: setp(d, ['destinations', 0, 'prosecution', 'offence'], 'Crossing ' * 60)))
add(pd, 'unknown-field-with-a-name', variant(lambda d: d['person'].update({'fullName': 'Ri Sun-hui'})))
add(pd, 'unknown-field-with-an-address', variant(lambda d: d.update({'address': {'street': '1 Main St', 'city': 'Yanji'}})))
add(pd, 'unknown-field-with-a-phone-number', variant(lambda d: d['person'].update({'phone': '+86 138 0000 0000'})))
add(pd, 'unknown-field-in-crime', variant(lambda d: d['exclusion']['crimes'][0].update({'victim': 'Pak (fictitious)'})))
add(pd, 'narrative-in-wrong-section', variant(lambda d: d['destinations'][0].update({'narrative': 'Her brother was beaten.'})))
add(pd, 'case-id-as-object', variant(lambda d: setp(d, ['caseId'], {'name': 'Ri Sun-hui'})))
add(pd, 'person-as-list', variant(lambda d: setp(d, ['person'], [d['person']])))
add(pd, 'nationalities-holding-a-name', variant(lambda d: setp(d, ['person', 'nationalities'], {'name': 'Ri Sun-hui'})))

# 8. control characters: escaped wherever a value is printed; refused in identifiers
cc = 'control-characters'
CONTROLS = [('escape', '\u001b[2J'), ('carriage-return', '\r'), ('line-feed', '\n'), ('bell', '\u0007'), ('nul', '\u0000'),
            ('delete', '\u007f'), ('c1-csi', '\u009b'), ('rtl-override', '\u202e'), ('line-separator', '\u2028'),
            ('backspace', '\b'), ('tab', '\t'), ('zero-width-joiner', '\u200d')]
for label, c in CONTROLS:
    add(cc, f'case-id-{label}', variant(lambda d: setp(d, ['caseId'], 'TEST' + c + '-0117')))
for label, c in CONTROLS[:6]:
    add(cc, f'person-id-{label}', variant(lambda d: setp(d, ['person', 'id'], 'P' + c)))
    add(cc, f'condition-id-{label}', variant(lambda d: setp(d, ['eventsAfterDeparture', 0, 'conditionId'], 'KP-CONTACT' + c)))
    add(cc, f'enum-value-{label}', variant(lambda d: setp(d, ['person', 'sex'], 'female' + c)))
    add(cc, f'unknown-field-name-{label}', variant(lambda d: d['claim'].update({'note' + c: 1})))
    add(cc, f'country-code-{label}', variant(lambda d: setp(d, ['hostState'], 'C' + c)))
add(cc, 'forged-error-line', variant(lambda d: setp(d, ['caseId'], 'X\n{"line":2,"errors":[]}')))
add(cc, 'forged-path-in-field-name', variant(lambda d: d.update({"a']\n$.caseId is fine": 1})))
add(cc, 'escape-in-truth-value', variant(lambda d: setp(d, ['claim', 'statedFear'], 'established\u001b[0m')))
add(cc, 'escape-in-group-label', variant(lambda d: setp(d, ['procedure', 'groupLabel'], 'x' * 501 + '\u001b')))
add(cc, 'escaped-in-schema-version', variant(lambda d: setp(d, ['schemaVersion'], '1.0\r\n')))

# 9. malformed documents: no excerpt of the input is repeated
mf = 'malformed'
good = json.dumps(BASE, indent=2, ensure_ascii=False)
add(mf, 'unquoted-name', text=good.replace('"Ri Sun-hui (fictitious)"', 'Ri Sun-hui'))
add(mf, 'single-quoted-narrative', text=good.replace('"Crossed the Tumen', "'Crossed the Tumen"))
add(mf, 'unquoted-word-at-start', text='Ri Sun-hui, born 1994\n' + good)
add(mf, 'truncated-in-narrative', text=good[:good.index('Crossed the Tumen') + 30])
add(mf, 'missing-comma-after-name', text=good.replace('"Ri Sun-hui (fictitious)",', '"Ri Sun-hui (fictitious)"'))
add(mf, 'raw-line-break-in-name', text=good.replace('Ri Sun-hui (fictitious)', 'Ri Sun-hui\n(fictitious)'))
add(mf, 'raw-escape-in-name', text=good.replace('Ri Sun-hui (fictitious)', 'Ri Sun-hui\u001b[2J'))
add(mf, 'trailing-text', text=good + '\nsigned: Ri Sun-hui\n')
add(mf, 'second-document', text=good + '\n' + good)
add(mf, 'bad-escape', text=good.replace('Ri Sun-hui (fictitious)', 'Ri \\q Sun-hui'))
add(mf, 'python-literals', text=good.replace('"not_established"', 'None', 1))
add(mf, 'yaml-instead-of-json', text='caseId: TEST\nperson:\n  name: Ri Sun-hui\n')
add(mf, 'xml-instead-of-json', text='<case><name>Ri Sun-hui</name></case>\n')
add(mf, 'javascript-comment', text=good.replace('"caseId"', '/* Ri Sun-hui */ "caseId"'))
add(mf, 'duplicate-name', text=good.replace('"name": "Ri Sun-hui (fictitious)",', '"name": "Ri Sun-hui (fictitious)", "name": "Kim",'))
add(mf, 'only-a-string', text='"Ri Sun-hui"\n')
add(mf, 'only-null', text='null\n')
add(mf, 'only-a-number', text='12345\n')

# 10. links into the country information in use
ci = 'country-information'
add(ci, 'condition-unknown', variant(lambda d: setp(d, ['eventsAfterDeparture', 0, 'conditionId'], 'KP-NO-SUCH-CONDITION')))
add(ci, 'condition-lower-case', variant(lambda d: setp(d, ['eventsAfterDeparture', 0, 'conditionId'], 'kp-contact-south-koreans')))
add(ci, 'condition-of-another-country', variant(lambda d: (setp(d, ['eventsAfterDeparture', 0, 'conditionId'], 'KP-FORCED-RETURN'), setp(d, ['eventsAfterDeparture', 0, 'country'], 'KR'))))
add(ci, 'event-in-another-country', variant(lambda d: setp(d, ['eventsAfterDeparture', 0, 'country'], 'CN')))
add(ci, 'condition-unknown-in-a-country-without-conditions', variant(lambda d: (setp(d, ['eventsAfterDeparture', 0, 'country'], 'FR'),
    setp(d, ['eventsAfterDeparture', 0, 'conditionId'], 'FR-NOTHING'))))
add(ci, 'two-events-one-unknown', variant(lambda d: d['eventsAfterDeparture'].append({'country': 'KP', 'conditionId': 'KP-NEW-LAW-2022'})))
add(ci, 'user-assigned-destination', variant(lambda d: setp(d, ['destinations', 1, 'country'], 'XX')))
add(ci, 'user-assigned-origin', variant(lambda d: (setp(d, ['countryOfOrigin'], 'XA'), setp(d, ['eventsAfterDeparture'], []))))
add(ci, 'user-assigned-host', variant(lambda d: setp(d, ['hostState'], 'ZZ')))
add(ci, 'user-assigned-settlement', variant(lambda d: setp(d, ['settlement', 0, 'country'], 'QM')))
add(ci, 'condition-finding-unknown', variant(lambda d: setp(d, ['destinations', 0, 'conditionFindings', 0, 'conditionId'], 'KP-NO-SUCH-CONDITION')))
add(ci, 'condition-finding-of-another-country-accepted', variant(lambda d: d['destinations'][1]['conditionFindings'].append(
    {'conditionId': 'KP-FORCED-RETURN', 'internalProtectionAlternative': 'established'})))
add(ci, 'kosovo-accepted', variant(lambda d: setp(d, ['settlement', 0, 'country'], 'XK')))
add(ci, 'valid-full-accepted', copy.deepcopy(BASE))
add(ci, 'event-without-condition-accepted', variant(lambda d: d['eventsAfterDeparture'][0].pop('conditionId')))

if os.path.isdir(ROOT):
    for entry in os.listdir(ROOT):
        if os.path.isdir(os.path.join(ROOT, entry)):
            shutil.rmtree(os.path.join(ROOT, entry))
total = 0
for category, items in files.items():
    os.makedirs(os.path.join(ROOT, category), exist_ok=True)
    for i, (name, text) in enumerate(items, 1):
        with open(os.path.join(ROOT, category, f'{i:03d}-{name}.json'), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        total += 1
    print(f'{category}: {len(items)}')
print('total', total)
