import type { Visit } from './types.js';

/** Official visits between Syria and the USSR/Russia, 1944 to today, oldest first. */
export const visits: Visit[] = [
  {
    id: 'visit-1944-07-su-sy-nikolai-novikov',
    start: '1944-07',
    from: 'SU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['nikolai-novikov'],
    level: 'delegation',
    purpose: "Confidential talks, at Syria's invitation, on establishing Soviet–Syrian diplomatic relations.",
    outcome:
      "Delivered the Soviet government's acceptance of relations to Foreign Minister Jamil Mardam Bey (24 July per the memoir).",
    sources: [
      {
        source: 'novikov-memoir-phmdvy-mission-syria-2',
        locator: "ch. 7 'Миссия в Сирию', part 2",
      },
      {
        source: 'novikov-memoir-bibliboba-p110',
        locator: 'arrival in Damascus on 24 July',
      },
      {
        source: 'libmonster-novikov-ussr-syria-lebanon',
        locator: 'section 1',
      },
      {
        source: 'alayham-mission-to-syria',
        locator: 'introduction',
      },
    ],
    confidence: 'reported',
    note: "All accounts derive from Novikov himself; he mentions a 'forty-day' mission but the end date is not given in the passages read.",
  },
  {
    id: 'visit-1956-06-22-su-sy-dmitri-shepilov',
    start: '1956-06-22',
    from: 'SU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['dmitri-shepilov'],
    level: 'minister',
    purpose: 'Part of the first Middle East tour by a Soviet foreign minister (Egypt, Syria, Lebanon, Greece).',
    outcome:
      'Joint communiqué of 25 June 1956 declaring intent to develop lasting friendship and economic and cultural cooperation.',
    sources: [
      {
        source: 'lastampa-1956-06-22-shepilov-damasco',
        locator: "lead ('Scepilov giunto a Damasco'; left Cairo 22 June)",
      },
      {
        source: 'hitti-syria-short-history-p266',
        locator: "paragraph 1 ('Earlier in the summer its foreign minister had paid a visit to Egypt and Syria')",
      },
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'paragraph 2 (joint communiqué of June 25, 1956)',
      },
    ],
    confidence: 'verified',
    note: 'End date not stated; the joint communiqué is dated 25 June 1956.',
  },
  {
    id: 'visit-1956-10-sy-su-shukri-al-quwatli',
    start: '1956-10',
    end: '1956-11',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: [
      'shukri-al-quwatli',
      {
        name: '(not named in sources read)',
        role: 'Syrian Foreign Minister',
      },
      {
        name: '(not named in sources read)',
        role: 'Syrian Minister of Defence',
      },
    ],
    level: 'head-of-state',
    purpose: "Return visit for Shepilov's trip; Quwatli said he was going to Moscow to obtain arms.",
    outcome:
      "Voroshilov pledged Soviet help to Syria to overcome 'the vestiges of colonialism'; Zhukov told Quwatli that direct military help to Egypt was impracticable.",
    sources: [
      {
        source: 'hitti-syria-short-history-p266',
        locator: 'paragraph 1',
      },
      {
        source: 'frus-1955-57-v13-d337',
        locator: 'telegram of 8 November 1956, last paragraph',
      },
      {
        source: 'oocities-ussr-suez-crisis',
        locator: 'paragraph on Kuwatly in Moscow',
      },
      {
        source: 'time-1956-kuwatly-visit-mig-reports',
        locator: 'paragraph 4 (composition of the delegation)',
      },
    ],
    confidence: 'verified',
    note: 'No source read gives exact dates: he was in Moscow during the Anglo-French attack on Egypt (late Oct./early Nov. 1956) and back in Damascus by 8 November 1956; months are inferred accordingly.',
  },
  {
    id: 'visit-1957-07-sy-su-khalid-al-azm',
    start: '1957-07',
    end: '1957-08',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['khalid-al-azm'],
    level: 'minister',
    purpose: 'Negotiations on Soviet economic and military aid, held with Khrushchev, Bulganin and Zhukov.',
    outcome:
      'Joint communiqué of 6 August 1957 (Azm–Kuzmin) on economic and technical cooperation; Azm negotiated the Syrian–Soviet arms deal and a Soviet military mission to Syria.',
    sources: [
      {
        source: 'paperspast-1957-07-31-syrian-russian-trade-talks',
        locator: 'Moscow, July 29 item',
      },
      {
        source: 'timecapsule-1957-08-06-ussr-syria-agreement',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'jta-1957-08-12-zhukov-to-visit-syria',
        locator: "paragraph 1 ('during his recent visit in Moscow')",
      },
      {
        source: 'time-1957-10-07-arms-and-friends',
        locator: "last paragraph ('the man who negotiated the Syrian-Soviet army deal')",
      },
    ],
    confidence: 'verified',
    note: 'Talks were under way on 29 July; the communiqué is dated 6 August 1957. Exact arrival/departure days not found.',
  },
  {
    id: 'visit-1957-09-21-su-sy-soviet-naval-squadron',
    start: '1957-09-21',
    end: '1957-10-01',
    from: 'SU',
    to: 'SY',
    city: 'Latakia',
    visitors: [
      {
        name: 'Cruiser Zhdanov and destroyer Svobodny',
        role: 'Soviet Baltic Fleet squadron',
      },
    ],
    level: 'military',
    purpose: 'Show of Soviet support for Syria during the 1957 crisis with Turkey.',
    outcome: 'Welcomed in Latakia; left on 1 October 1957 for the Baltic.',
    sources: [
      {
        source: 'frus-1955-57-v24-d363',
        locator: "paragraph 2 ('On September 21, a Soviet naval squadron visited the Syrian port of Latakia')",
      },
      {
        source: 'knizki-israel-palestina-75-let-p38',
        locator: 'paragraph on departure from Latakia on 1 October',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1957-11',
        sources: [
          {
            source: 'kassioun-kanu-wa-kunna-1957',
            locator: 'photo caption (reception of the Soviet Baltic Fleet in Latakia, November 1957)',
          },
        ],
        note: 'The Kassioun caption places the popular reception in November 1957; FRUS and the Russian book place the visit 21 Sept–1 Oct 1957.',
      },
    ],
  },
  {
    id: 'visit-1957-10-su-sy-soviet-economic-mission',
    start: '1957-10',
    from: 'SU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      {
        name: 'Soviet economic mission (members not named)',
        role: 'economic and technical experts',
      },
    ],
    level: 'delegation',
    purpose:
      'Arrange Soviet development aid (irrigation, roads and other projects), as announced in the August 1957 communiqué.',
    outcome: 'Followed by the economic and technical cooperation agreement of 28 October 1957.',
    sources: [
      {
        source: 'time-1957-10-14-middle-east',
        locator: "paragraph 1 ('a Soviet economic mission was in Damascus')",
      },
      {
        source: 'jta-moscow-announces-cooperation-pact-syria',
        locator: 'paragraph 2 (announced visit of a high Soviet delegation of experts)',
      },
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'paragraph 2',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-1958-04-29-uar-su-gamal-abdel-nasser',
    start: '1958-04-29',
    end: '1958-05',
    from: 'UAR',
    to: 'SU',
    city: 'Moscow',
    visitors: ['gamal-abdel-nasser', 'akram-al-hourani'],
    level: 'head-of-state',
    purpose:
      'First official visit by Nasser, as UAR president, to the USSR (postponed from 1956); talks on Israel, Arab unity and the communist parties.',
    outcome:
      "Joint communiqué signed on 15 May 1958 at the end of a 17-day tour; Time reported a reduction of the UAR's arms debt.",
    sources: [
      {
        source: 'youm7-1958-04-29-moscow-receives-nasser',
        locator: 'paragraph 1 (arrival and meeting with Khrushchev on 29 April 1958)',
      },
      {
        source: 'arabiansforum-1958-05-03-nasser-moscow',
        locator: 'paragraphs 1–3 (delegation incl. Akram al-Hourani)',
      },
      {
        source: 'lastampa-1958-05-02-nasser-kruscev',
        locator: 'Moscow, 2 May report',
      },
      {
        source: 'time-1958-05-12-our-dear-guest',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'time-1958-05-26-oranges-sour-apples',
        locator: "paragraphs 1–2 ('17-day tour')",
      },
      {
        source: 'readania-khrushchev-naser-p17',
        locator: 'paragraph 1 (joint communiqué of 15 May 1958)',
      },
      {
        source: 'paperspast-1958-04-02-nasser-soviet-visit',
        locator: 'announcement of the projected visit',
      },
    ],
    confidence: 'verified',
    note: 'The arabiansforum column calls 3 May 1958 both a Friday and the fifth day of the visit, but 3 May 1958 was a Saturday (La Stampa places the Friday mosque visit on 2 May). End day not stated beyond the 15 May communiqué.',
  },
  {
    id: 'visit-1958-07-17-uar-su-gamal-abdel-nasser',
    start: '1958-07-17',
    end: '1958-07-18',
    from: 'UAR',
    to: 'SU',
    city: 'Moscow',
    visitors: ['gamal-abdel-nasser'],
    level: 'head-of-state',
    purpose: 'Secret consultations with Khrushchev after the Iraqi revolution and the US landing in Lebanon.',
    outcome:
      'Official announcements spoke of complete agreement; Nasser flew back to Damascus and made the trip public there.',
    sources: [
      {
        source: 'innfrad-nasser-damascus-secret-visit',
        locator: 'paragraphs 1–2 (talks all day 17 July; return to Damascus 18 July, per Heikal)',
      },
      {
        source: 'ekathimerini-1958-07-21',
        locator: 'paragraph 1',
      },
      {
        source: 'bibliboba-khrushchev-naser-p42',
        locator: "Khrushchev's recollection of a day-long meeting in summer",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1958-07-16',
        sources: [
          {
            source: 'ekathimerini-1958-07-21',
            locator: "paragraph 1 ('a secret trip to Moscow last Wednesday')",
          },
        ],
        note: "'Last Wednesday' relative to the period of the report is 16 July 1958 (weekday computed by the researcher).",
      },
    ],
  },
  {
    id: 'visit-1961-05-uar-su-uar-parliamentary-delegation',
    start: '1961-05',
    from: 'UAR',
    to: 'SU',
    city: 'Moscow',
    visitors: ['anwar-sadat'],
    level: 'delegation',
    purpose: 'Parliamentary visit; received by Khrushchev on 3 May 1961.',
    outcome: "Sadat thanked the USSR for its help, including support 'in 1957 when there was a threat to Syria'.",
    sources: [
      {
        source: 'wilson-1961-05-03-uar-parliamentary-delegation',
        locator: 'record of the reception, 3 May 1961',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-1964-sy-su-military-delegation',
    start: '1964',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Syrian military delegation',
        role: 'military officials',
      },
    ],
    level: 'military',
    purpose: 'Negotiating for Soviet arms.',
    sources: [
      {
        source: 'jta-new-soviet-government-assures-arab-countries',
        locator: "paragraph 2 ('A Syrian military delegation is now in Moscow negotiating for Soviet arms')",
      },
    ],
    confidence: 'reported',
    note: "The JTA item is undated in the tool output; it reports the delegation in Moscow in the same week that Soviet envoys in Cairo, Baghdad, Damascus and Beirut gave assurances after Khrushchev's ouster (which occurred in October 1964). Outcome not reported.",
  },
  {
    id: 'visit-1966-04-19-sy-su-yusuf-zuayyin',
    start: '1966-04-19',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['yusuf-zuayyin'],
    level: 'head-of-government',
    purpose: 'First visit to Moscow by the prime minister of the neo-Baath regime that took power on 23 February 1966.',
    outcome:
      'Kosygin gave a Kremlin dinner for him, avoiding mention of Israel; the USSR decided to resume large-scale aid to the new regime; the Euphrates dam credit protocol was signed on 22 April 1966 (recorded separately).',
    sources: [
      {
        source: 'taylorfrancis-kass-syrian-coup-1966',
        locator: "chapter abstract ('the Syrian prime minister’s arrival in Moscow on April 19, 1966')",
      },
      {
        source: 'jta-soviet-envoy-eshkol-syria-aid-1966',
        locator: 'paragraphs 2–3 (Soviet decision to resume large-scale aid; Kremlin dinner given by Kosygin)',
      },
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'paragraph 3 (protocol of 22 April 1966 on credit for the Euphrates complex)',
      },
    ],
    confidence: 'verified',
    note: "Kass names only 'the Syrian prime minister' (Zuayyin was PM from the February 1966 coup); JTA wrongly calls him 'Syrian President Yousuf Zain'. The JTA item is undated but refers to Kosygin's 'forthcoming' visit to Egypt (May 1966). End date not found. The GSE does not state where the 22 April protocol was signed.",
  },
  {
    id: 'visit-1967-05-sy-su-salah-jadid',
    start: '1967-05',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['salah-jadid'],
    level: 'delegation',
    purpose: 'To ask the Soviet leadership for arms.',
    outcome: 'Politely refused, according to the article.',
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted paragraph on Jadid and the 1967 war',
      },
      {
        source: 'laron-2009-playing-with-fire-abstract',
        locator: 'abstract (Soviets wary of an Israeli–Syrian war in 1965–1967 and tried to prevent it)',
      },
    ],
    confidence: 'reported',
    note: "No independent record of a Jadid trip to Moscow in May 1967 was found; Laron's abstract only supports the general context of Soviet reluctance. Jadid was Assistant Regional Secretary of the Baath, not head of state or government.",
  },
  {
    id: 'visit-1967-06-su-sy-nikolai-podgorny',
    start: '1967-06',
    from: 'SU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['nikolai-podgorny'],
    level: 'head-of-state',
    purpose:
      "A 'friendly visit' at President Atassi's invitation, read by observers as part of Moscow's effort to restore Arab strength and Soviet prestige after the June 1967 war.",
    sources: [
      {
        source: 'pltyw-podgorny-syria-1967',
        locator: 'UPI and AP Moscow dispatches of 30 June',
      },
    ],
    confidence: 'reported',
    note: 'The dispatches say Podgorny left Moscow for Damascus on 30 June (year not printed; context: after the Arab defeat and his three days of talks with Nasser, returning 25 June), i.e. 1967. Arrival day not stated.',
  },
  {
    id: 'visit-1969-07-sy-su-nureddin-al-atassi',
    start: '1969-07',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['nureddin-al-atassi'],
    level: 'head-of-state',
    purpose: 'State visit to Moscow; Atassi invited Brezhnev, Podgorny and Kosygin to visit Syria.',
    outcome:
      "According to informed sources, Atassi failed to obtain more arms but concluded an agreement for Soviet help in developing Syria's nationalized oil industry; the three Soviet leaders accepted invitations to Syria (no dates set).",
    sources: [
      {
        source: 'jta-1969-soviet-leaders-plan-syria-visit-sisco-moscow',
        locator: 'whole article',
      },
      {
        source: 'frus-1969-76-v12-d69-sisco-moscow',
        locator: "summary of Sisco's Moscow talks, first meeting with Gromyko 14 July [1969]",
      },
    ],
    confidence: 'reported',
    note: "The JTA report is undated in the tool output; it says the announcement coincided with Joseph Sisco's arrival in Moscow, which FRUS dates to mid-July 1969. The month is therefore derived, not printed next to the visit.",
  },
  {
    id: 'visit-1971-02-sy-su-hafez-al-assad',
    start: '1971-02',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-government',
    purpose: 'First visit to Moscow after his November 1970 takeover, seeking a strategic partnership and arms.',
    outcome: "Per the article he declined a Soviet offer of a friendship treaty ('Friendship needs no treaty').",
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'fn. 4 (Seale, Asad, pp. 188–189)',
      },
      {
        source: 'seale-1988-asad',
        locator: "pp. 188–189, as cited in the article's fn. 4",
      },
      {
        source: 'thebaron-assads-in-moscow',
        locator: "paragraph 3 ('only a few weeks passed before he flew to Moscow')",
      },
      {
        source: 'ccord-livejournal-russia-syria-ties',
        locator: "paragraph 1 ('soon after taking power ... paid a visit to Moscow, seeking weapons')",
      },
    ],
    confidence: 'reported',
    note: "Two other pages confirm an early visit soon after the coup but give no month. Assad was prime minister until elected president on 12 March 1971 (AFP recap), so the article's 'state visit' was at head-of-government level.",
  },
  {
    id: 'visit-1972-05-su-sy-andrei-grechko',
    start: '1972-05',
    from: 'SU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['andrei-grechko'],
    level: 'military',
    purpose:
      'Talks with Defence Minister Mustafa Tlass, President Hafez al-Assad and Prime Minister Abd al-Rahman Khulayfawi.',
    outcome:
      'At a reception given by the Soviet ambassador on Friday 12 May Grechko said the Arab states had every right to use other means to recover their occupied lands, and expressed satisfaction with his talks.',
    sources: [
      {
        source: 'syrmh-grechko-visit-1972',
        locator: 'whole article',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-1972-07-sy-su-hafez-al-assad',
    start: '1972-07',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose: 'Talks with the Soviet leaders, who according to the article offered a large arms package.',
    outcome: 'US$700 million arms deal (MiG-21s, SAMs, FROG missiles), according to the article.',
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'paragraph ending in fn. 6 (Dupuy, Elusive Victory, p. 441)',
      },
      {
        source: 'dupuy-1978-elusive-victory',
        locator: "p. 441, as cited in the article's fn. 6",
      },
    ],
    confidence: 'reported',
    note: "Not confirmed in the pages read. The visit would fall in the month of Sadat's expulsion of Soviet advisers (announced 18 July 1972).",
  },
  {
    id: 'visit-1973-05-su-sy-pavel-kutakhov',
    start: '1973-05',
    from: 'SU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['pavel-kutakhov'],
    level: 'military',
    purpose: 'To assess the needs of the Syrian armed forces.',
    outcome: 'Followed by large Soviet deliveries of aircraft and air-defence equipment before the October war.',
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'paragraph ending in fn. 6 (Dupuy, Elusive Victory, p. 441)',
      },
      {
        source: 'dupuy-1978-elusive-victory',
        locator: "p. 441, as cited in the article's fn. 6",
      },
      {
        source: 'issuhub-ginor-remez-soviet-israeli-war-p345',
        locator:
          "paragraph 3 (in Bar-Joseph's version, after an Alexandria summit on 23 April 1973 Assad went to Moscow for aircraft and air defence and returned to Damascus with Soviet Air Force chief Kutakhov)",
      },
    ],
    confidence: 'verified',
    note: "Ginor and Remez report the Kutakhov trip after 23 April 1973 without giving the month; the May date is the article's.",
  },
  {
    id: 'visit-1974-su-sy-viktor-kulikov',
    start: '1974',
    from: 'SU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['viktor-kulikov'],
    level: 'military',
    purpose: 'A fresh assessment of Syrian military needs.',
    sources: [
      {
        source: 'andrew-mitrokhin-world-going-our-way-p38',
        locator: "same paragraph ('A week after Asad's April visit')",
      },
    ],
    confidence: 'reported',
    note: "Source dates it 'a week after Asad's April visit' (1974); exact month not given.",
  },
  {
    id: 'visit-1974-02-su-sy-pokryshkin',
    start: '1974-02',
    from: 'SU',
    to: 'SY',
    visitors: [
      {
        name: 'A. Pokryshkin',
        role: 'Air Marshal',
      },
    ],
    level: 'military',
    purpose: "To assess Syria's military needs after the October 1973 war.",
    outcome: 'Failed to resolve Syrian friction with Moscow over the refusal to supply MiG-23s.',
    sources: [
      {
        source: 'andrew-mitrokhin-world-going-our-way-p38',
        locator: "paragraph beginning 'A visit to Syria in February 1974'",
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-1974-04-sy-su-hafez-al-assad',
    start: '1974-04',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose: 'Talks with the Soviet leadership after the 1973 war amid Syrian dissatisfaction over Soviet arms supply.',
    outcome:
      "The official communiqué described the atmosphere as one of 'frankness' and 'mutual understanding'; a week later Marshal Kulikov flew to Damascus to reassess Syrian needs.",
    sources: [
      {
        source: 'andrew-mitrokhin-world-going-our-way-p38',
        locator: 'same paragraph',
      },
      {
        source: 'jta-1974-us-uneasy-soviet-rearming-syria-migs',
        locator:
          "paragraphs 3–5 (joint statement released 'as Assad flew home after a five-day visit to the Soviet capital'; new arms deal signed by Assad in Moscow, per Al-Anwar; before Kissinger's end-of-month trip)",
      },
    ],
    confidence: 'verified',
    note: 'Distinct from the October 1974 visit covered by the seed article.',
  },
  {
    id: 'visit-1974-05-27-su-sy-andrei-gromyko',
    start: '1974-05-27',
    end: '1974-05-29',
    from: 'SU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['andrei-gromyko'],
    level: 'minister',
    purpose:
      'Official friendly visit during the Syrian–Israeli disengagement negotiations; talks with Assad, Prime Minister Mahmoud al-Ayyubi and Foreign Minister Khaddam.',
    outcome:
      'Joint statement stressed the closeness of positions and that disengagement on the Syrian front was only a first step toward a comprehensive settlement.',
    sources: [
      {
        source: 'khaddam-net-gromyko-damascus-joint-statement-1974',
        locator: 'joint statement, first paragraphs',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-1974-10-sy-su-hafez-al-assad',
    start: '1974-10',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose: 'To rally Soviet support against Egyptian–Israeli separate arrangements, according to the article.',
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraph on Assad's visits of October 1974 and October 1975",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1974-04',
        sources: [
          {
            source: 'andrew-mitrokhin-world-going-our-way-p38',
            locator: "paragraph 2 (communiqué after Asad's visit to Moscow in April 1974)",
          },
          {
            source: 'jta-1974-us-uneasy-soviet-rearming-syria-migs',
            locator:
              "paragraphs 2–4 (Assad flew home after a five-day visit to the Soviet capital, before Kissinger's end-of-month trip)",
          },
        ],
        note: 'The only 1974 Assad visit to Moscow found in other sources is in April 1974 (also recorded by the 1961-1991 slice). An October 1974 visit may be a separate trip or a misdating by the article.',
      },
    ],
    note: 'No source for an October 1974 visit was found. The Sinai agreement the article names as its target was signed only in September 1975.',
  },
  {
    id: 'visit-1975-02-01-su-sy-andrei-gromyko',
    start: '1975-02-01',
    from: 'SU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['andrei-gromyko'],
    level: 'minister',
    purpose:
      'Two-day official visit; reaffirmed Soviet support for the Arab cause, talks with Khaddam, and on 2 February with Assad and Yasser Arafat, before going on to Egypt.',
    sources: [
      {
        source: 'khaddam-net-gromyko-arrives-1975',
        locator: 'Reuters report, paragraphs 1 and 5',
      },
    ],
    confidence: 'reported',
    note: 'Reuters says a two-day visit starting Saturday 1 February; end date not confirmed.',
  },
  {
    id: 'visit-1975-04-sy-su-abdul-halim-khaddam',
    start: '1975-04',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['abdul-halim-khaddam'],
    level: 'minister',
    purpose: 'Talks with Brezhnev and Gromyko on a comprehensive Middle East settlement and the Geneva Conference.',
    outcome:
      'Both sides stated their joint resolve for a comprehensive settlement excluding separate deals, with full PLO participation.',
    sources: [
      {
        source: 'khaddam-net-khaddam-talks-moscow-1975',
        locator: 'agency report published 1975-04-25',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-1975-10-sy-su-hafez-al-assad',
    start: '1975-10',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose: 'To rally Soviet support against the Egyptian–Israeli Sinai Agreement of September 1975.',
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraph on Assad's visits of October 1974 and October 1975",
      },
      {
        source: 'digibron-rd-1976-06-02-kosygin',
        locator: "paragraph 3 (Soviet praise for Syria's opposition to the September 1975 Sinai agreement)",
      },
    ],
    confidence: 'reported',
    note: 'The visit itself was not confirmed in the pages read; only the Soviet–Syrian common opposition to the Sinai agreement was.',
  },
  {
    id: 'visit-1976-06-01-su-sy-alexei-kosygin',
    start: '1976-06-01',
    from: 'SU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['alexei-kosygin'],
    level: 'head-of-government',
    purpose: 'Official visit to Syria.',
    outcome:
      'Coincided with the large-scale Syrian entry into Lebanon, on which Kosygin had not been consulted; he publicly backed only peaceful efforts to end the bloodshed.',
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "fn. 8 (Ma'oz, Sphinx of Damascus, p. 136)",
      },
      {
        source: 'maoz-1988-sphinx',
        locator: "p. 136, as cited in the article's fn. 8",
      },
      {
        source: 'digibron-rd-1976-06-02-kosygin',
        locator: 'paragraphs 1–2 (arrived in Damascus on Tuesday [1 June]; banquet given by PM Mahmoud Ayyubi)',
      },
      {
        source: 'cia-pdb-1976-06-03',
        locator: "table of contents ('Premier Kosygin, now in Damascus')",
      },
      {
        source: 'yenisafak-muradoglu-us-damascus-lebanon-agreement',
        locator: 'paragraph 4 (Primakov: Kosygin was in Syria during the intervention and was not told)',
      },
    ],
    confidence: 'verified',
    note: 'Still in Damascus on 3 June (CIA PDB); no end date was confirmed in the pages read.',
  },
  {
    id: 'visit-1978-sy-su-hafez-al-assad-after-camp-david',
    start: '1978',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose:
      'Talks with Brezhnev, Kosygin, Gromyko and Defence Minister Ustinov on the situation after the Camp David accords.',
    outcome:
      "Tass: both sides condemned the 'separate agreement' of Camp David; Ustinov's presence suggested military matters were discussed.",
    sources: [
      {
        source: 'lastampa-1978-assad-breznev-camp-david',
        locator: 'whole article (ANSA)',
      },
    ],
    confidence: 'reported',
    note: "The article post-dates the Camp David accords (17 Sept 1978) and refers to the February 1978 visit as 'last'; the exact date of the autumn 1978 visit is not printed in the excerpt read.",
  },
  {
    id: 'visit-1978-02-sy-su-hafez-al-assad',
    start: '1978-02',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose: 'Visit to Moscow (purpose not detailed in the source read).',
    outcome: 'After this visit Syria received further Soviet military assistance.',
    sources: [
      {
        source: 'lastampa-1978-assad-breznev-camp-david',
        locator: "last paragraph ('Dopo l'ultima visita di Assad a Mosca, nel febbraio scorso')",
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-1979-sy-su-hafez-al-assad',
    start: '1979',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose:
      'To seek further military aid; received at Vnukovo airport by Kosygin, Gromyko and Defence Minister Ustinov with a large government and Baath delegation.',
    sources: [
      {
        source: 'lastampa-1979-assad-batte-alla-porta-di-mosca',
        locator: 'whole article',
      },
    ],
    confidence: 'reported',
    note: "La Stampa says he came 'a few months after his last visit'; exact date not printed in the excerpt read. The same article says that earlier Syria received new tanks but not the MiG-27s it wanted (Ogarkov reportedly judged Syrian demands excessive).",
  },
  {
    id: 'visit-1980-10-08-sy-su-hafez-al-assad',
    start: '1980-10-08',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose: 'To sign the Treaty of Friendship and Cooperation and seek support and military aid.',
    outcome: 'Treaty signed on the day of arrival.',
    sources: [
      {
        source: 'upi-1980-soviet-syria-treaty',
        locator: 'paragraphs 1–3 and 7',
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted paragraph on Camp David and the 1980 treaty',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-1981-09-sy-su-mustafa-tlass',
    start: '1981-09',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['mustafa-tlass'],
    level: 'minister',
    purpose: 'To ask for arms.',
    outcome: 'Returned empty-handed, according to the article.',
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted paragraph on 1981–82 arms requests',
      },
    ],
    confidence: 'reported',
    note: 'No independent record of this visit was found in the pages read.',
  },
  {
    id: 'visit-1982-01-14-sy-su-abdul-halim-khaddam',
    start: '1982-01-14',
    end: '1982-01-15',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['abdul-halim-khaddam'],
    level: 'minister',
    purpose: "To seek more Soviet military aid after Israel's annexation of the Golan Heights.",
    outcome:
      'Talks with Gromyko and Marshal Ogarkov; a joint statement pledged to strengthen military cooperation but named no measures.',
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted paragraph on 1981–82 arms requests',
      },
      {
        source: 'khaddam-net-fr-1982-01-14-ministres-entretiens',
        locator: 'dateline (UPI, 1982-01-14) and paragraphs 1–3',
      },
      {
        source: 'khaddam-net-syria-minister-meets-kremlin-leaders',
        locator: 'paragraphs 1–2 and 6',
      },
      {
        source: 'khaddam-net-khaddam-ends-moscow-talks-golan',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'verified',
    note: 'One agency report calls it a one-day visit, the joint statement a two-day visit; arrival was on Thursday 14 January 1982.',
  },
  {
    id: 'visit-1982-06-su-sy-yevgeny-yurasov',
    start: '1982-06',
    from: 'SU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      {
        name: 'Yevgeny S. Yurasov',
        role: 'Colonel General, first deputy commander of the Soviet air defence forces',
      },
    ],
    level: 'military',
    purpose: 'Thought to be assessing Syrian military needs after Syrian losses in the Lebanon war.',
    sources: [
      {
        source: 'csmonitor-1982-soviets-resupplying-mauled-syrian-forces',
        locator: 'paragraph 2',
      },
    ],
    confidence: 'reported',
    note: "The 16 June 1982 report says he had been in Damascus 'since Sunday night'.",
  },
  {
    id: 'visit-1982-11-sy-su-hafez-al-assad',
    start: '1982-11',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose: "To attend Brezhnev's funeral (15 November 1982).",
    outcome: 'Renewed acquaintance with Andropov, according to the article.',
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'paragraph ending in fn. 10 (Seale, Asad, p. 398)',
      },
      {
        source: 'seale-1988-asad',
        locator: "p. 398, as cited in the article's fn. 10",
      },
      {
        source: 'wikipedia-en-death-funeral-brezhnev',
        locator: 'lead (funeral on 15 November 1982 attended by dozens of foreign heads of state)',
      },
      {
        source: 'csmonitor-1984-assad-andropov-secret-meetings',
        locator:
          "paragraphs 1–6 (Assad's condolence message implies meetings with Andropov; Syrian sources speak of two secret meetings; none announced)",
      },
    ],
    confidence: 'reported',
    note: "Assad's attendance at the funeral was not found in the pages read; the CS Monitor (14 February 1984) says no Assad–Andropov meeting was announced during Andropov's tenure, though Syrian sources then spoke of two secret meetings.",
  },
  {
    id: 'visit-1984-03-su-sy-heydar-aliyev',
    start: '1984-03',
    end: '1984-03-13',
    from: 'SU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['heydar-aliyev'],
    level: 'minister',
    purpose:
      'Three-day visit, the highest-ranking Soviet official in Syria since 1980; talks with Foreign Minister Khaddam and two rounds with President Assad.',
    outcome:
      "Aliyev pledged the Soviet Union's 'full support' for Syria; both sides expressed identical views on bilateral relations and the Middle East.",
    sources: [
      {
        source: 'csmonitor-1984-soviet-official-visits-syria',
        locator: 'whole brief',
      },
      {
        source: 'csmonitor-1984-stronger-syrian-soviet-ties',
        locator: 'whole brief',
      },
      {
        source: 'csmonitor-1984-soviets-and-syria-practical-coziness',
        locator: 'paragraph 1-2 (announces the planned visit)',
      },
    ],
    confidence: 'reported',
    note: 'All three reports are from one publisher. He left Damascus on Tuesday (13 March 1984) after a three-day visit; a banquet was held Saturday. Level set to minister: he was First Deputy Premier, not head of government.',
  },
  {
    id: 'visit-1985-06-sy-su-hafez-al-assad',
    start: '1985-06',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose: "One of Gorbachev's first high-level foreign guests after he became General Secretary.",
    sources: [
      {
        source: 'taylorfrancis-soviet-middle-east-asad-june-1985',
        locator: "abstract ('visited Moscow in June 1985')",
      },
      {
        source: 'latimes-1987-assad-moscow-talks-gorbachev',
        locator: "paragraph 3 ('first visit to Moscow since July, 1985')",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1985-07',
        sources: [
          {
            source: 'latimes-1987-assad-moscow-talks-gorbachev',
            locator: 'paragraph 3',
          },
        ],
        note: "Reuters (1987) dates Assad's previous Moscow visit to July 1985; the book chapter says June 1985.",
      },
    ],
  },
  {
    id: 'visit-1986-05-27-sy-su-abdul-halim-khaddam',
    start: '1986-05-27',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['abdul-halim-khaddam', 'hikmat-al-shihabi'],
    level: 'minister',
    purpose:
      "Working visit at the Soviet government's invitation, six weeks after the US air strikes on Libya, coinciding with Libya's Abdessalam Jalloud; greeted by Shevardnadze.",
    outcome:
      "Met Gorbachev (Wednesday), who strongly backed Syria and condemned 'adventurist imperial' US policy; the talks covered Syria's military capabilities with Marshal Akhromeyev and the Syrian chief of staff present; Khaddam also met Gromyko.",
    sources: [
      {
        source: 'latimes-1986-soviets-discuss-mideast-syria-libya',
        locator: 'paragraphs 1 and 7',
      },
      {
        source: 'khaddam-net-libyan-syrian-officials-converge-moscow',
        locator: 'paragraphs 1-2',
      },
      {
        source: 'khaddam-net-gorbachev-syrian-vp-meet',
        locator: 'whole report',
      },
    ],
    confidence: 'verified',
    note: "Khaddam was Vice President at the time. The khaddam.net excerpt breaks off at 'Syrian Chief of the General Staff Hikma[t]'.",
  },
  {
    id: 'visit-1987-02-sy-su-military-delegation',
    start: '1987-02',
    from: 'SY',
    to: 'SU',
    visitors: [
      {
        name: 'Syrian Chief of Staff (name cut off in the source excerpt; probably Hikmat al-Shihabi)',
        role: 'Chief of Staff',
      },
    ],
    level: 'military',
    purpose: "Military delegation preparing Assad's April 1987 Moscow trip.",
    sources: [
      {
        source: 'cia-1987-moscow-agenda-gorbachev-assad-summit',
        locator: "section 'Preparations for Assad's Moscow Trip'",
      },
    ],
    confidence: 'reported',
    note: "The CIA excerpt reads 'In mid-February, a Syrian military delegation led by Chief of Staff Gene…' and is cut off; Hikmat al-Shihabi was Chief of the General Staff in 1986 (khaddam.net), but the name is not visible here and should be checked against the full PDF. Destination presumed Moscow from the section title.",
  },
  {
    id: 'visit-1987-04-23-sy-su-hafez-al-assad',
    start: '1987-04-23',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose:
      "Summit with Gorbachev on Palestinian unity, Lebanon, Syria's arms needs and ability to pay, and a Middle East international conference; greeted by Gromyko, Shevardnadze, Defence Minister Sokolov and Dobrynin.",
    outcome:
      "At a dinner on 24 April Gorbachev said reliance on military force to settle the conflict was 'completely discredited' and that the lack of Soviet–Israeli relations 'cannot be considered normal'.",
    sources: [
      {
        source: 'latimes-1987-assad-moscow-talks-gorbachev',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'cia-1987-moscow-agenda-gorbachev-assad-summit',
        locator: 'summary',
      },
      {
        source: 'iupress-gorbachev-remarks-asad-1987',
        locator: 'document 57 heading',
      },
    ],
    confidence: 'verified',
    note: "Reuters, 24 April 1987: 'arrived in Moscow Thursday' (= 23 April) and planned to leave on Saturday (25 April, not confirmed).",
  },
  {
    id: 'visit-1988-sy-su-mustafa-tlass',
    start: '1988',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['mustafa-tlass'],
    level: 'minister',
    purpose: 'To buy more weapons.',
    outcome: "Rebuffed by the Soviets, a refusal believed partly due to Syria's estimated $15 billion arms debt.",
    sources: [
      {
        source: 'latimes-1989-soviets-launch-mideast-initiative-syria',
        locator: 'paragraph 8',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-1989-02-17-su-sy-eduard-shevardnadze',
    start: '1989-02-17',
    from: 'SU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['eduard-shevardnadze'],
    level: 'minister',
    purpose:
      "First stop of a 10-day Middle East tour (then Jordan, Egypt, Iraq, Iran) launching a Soviet peace initiative; issues included Syria's unpaid arms purchases and differences over an international conference.",
    outcome: 'Assad doubted that the Soviet leadership was keeping its promise of support (Service).',
    sources: [
      {
        source: 'latimes-1989-soviets-launch-mideast-initiative-syria',
        locator: 'paragraphs 1-2',
      },
      {
        source: 'jta-1989-shevardnadze-10-day-tour',
        locator: 'paragraphs 1-2',
      },
      {
        source: 'issuhub-service-end-of-cold-war-p422',
        locator: 'p. 383',
      },
    ],
    confidence: 'verified',
    note: "LA Times: 'the first by a high-ranking Soviet official in four years'; JTA: 'the first by a Soviet foreign minister in close to 10 years'.",
  },
  {
    id: 'visit-1990-04-sy-su-hafez-al-assad',
    start: '1990-04',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose:
      'Talks with Gorbachev on the Middle East, Lebanon, Soviet Jewish emigration to Israel and modernisation cooperation.',
    outcome:
      "After three hours of private talks on Saturday (28 April) both said US policy was blocking peace and voiced concern about Israel's nuclear weapons; Gorbachev denied any secret deal with Washington on Jewish emigration.",
    sources: [
      {
        source: 'latimes-1990-two-leaders-us-blocking-peace',
        locator: 'paragraphs 1-4',
      },
      {
        source: 'palestine-studies-tass-gorbachev-assad-1990',
        locator: 'Tass statement, 29/4/1990',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-1996-10-ru-sy-yevgeny-primakov',
    start: '1996-10',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['yevgeny-primakov'],
    level: 'minister',
    purpose: 'Foreign Minister Primakov visited Damascus during a high-profile Middle East tour.',
    outcome:
      'Primakov afterwards assured Israelis that Syria was not preparing a military strike and that Moscow would not support any party using force.',
    sources: [
      {
        source: 'jamestown-primakov-reassures-israelis-1996',
        locator: 'whole item (citing Reuter, 31 October)',
      },
    ],
    confidence: 'reported',
    note: "The Monitor item says Primakov 'visited Damascus earlier this week'; the exact day is not given. Primakov was Russian Foreign Minister at the time.",
  },
  {
    id: 'visit-1997-05-sy-ru-farouk-al-sharaa',
    start: '1997-05',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['farouk-al-sharaa'],
    level: 'minister',
    purpose: 'Talks on the stalled Middle East peace process.',
    outcome:
      "Yeltsin, by telephone with the visiting minister on 21 May, assured Syria of Moscow's support and said the Golan Heights should be returned; Primakov held talks with al-Sharaa.",
    sources: [
      {
        source: 'jamestown-moscow-offers-support-damascus-1997',
        locator: 'whole item (UPI, Itar-Tass, May 21)',
      },
    ],
    confidence: 'reported',
    note: 'Year from the Monitor volume (Volume 3, 1997). Yeltsin spoke to al-Sharaa by telephone, not in person.',
  },
  {
    id: 'visit-1998-02-ru-sy-gennady-seleznyov',
    start: '1998-02',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['gennady-seleznyov'],
    level: 'delegation',
    purpose:
      'Russian parliamentary delegation led by State Duma speaker Seleznyov held two days of talks with Syrian leaders; a meeting with Hafez al-Assad was expected.',
    sources: [
      {
        source: 'jamestown-monitor-1998-russian-syrian-talks',
        locator: 'last paragraph (Itar-Tass, 25 February)',
      },
    ],
    confidence: 'reported',
    note: "Began the day after Stepashin's visit ended; the Assad meeting was only announced, not confirmed.",
  },
  {
    id: 'visit-1998-02-ru-sy-sergei-stepashin',
    start: '1998-02',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      'sergei-stepashin',
      {
        name: 'Viktor Mikhailov',
        role: 'Minister of Atomic Energy of Russia',
      },
    ],
    level: 'minister',
    purpose:
      'Led the Russian side at a session of the Russian–Syrian intergovernmental commission on trade, economic, scientific and technical cooperation, carrying a message from Yeltsin to Hafez al-Assad; Russian ministry sources had said reviving military-technical cooperation was the main aim.',
    outcome:
      "Met Hafez al-Assad (22 February) and handed over Yeltsin's message calling relations with Syria a priority; agreements on energy, tourism, investment and avoidance of double taxation were signed on 23 February; no progress on arms sales was reported.",
    sources: [
      {
        source: 'jamestown-monitor-1998-russian-syrian-talks',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'alhayat-stepashin-to-damascus-1998',
        locator:
          "whole item (arrival announced for 20 February; resumption of military-technical cooperation the 'main aim')",
      },
      {
        source: 'alhayat-yeltsin-message-stepashin-1998',
        locator: "whole item (content of Yeltsin's message delivered in Damascus)",
      },
    ],
    confidence: 'verified',
    note: "Year from the Monitor volume (Volume 4, 1998) and Stepashin's tenure as Justice Minister; Al-Hayat announced arrival on 20 February, Jamestown says the delegation travelled 'over the weekend'. Sergei Stepashin is the same person as id sergei-stepashin (later PM), given here as {name, role} because his role at the time was Justice Minister.",
  },
  {
    id: 'visit-1998-11-ru-sy-igor-sergeyev',
    start: '1998-11',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['igor-sergeyev'],
    level: 'minister',
    purpose: 'To discuss prospects for bilateral military(-technical) cooperation.',
    sources: [
      {
        source: 'worldtribune-yeltsin-assad-meet-1999',
        locator:
          "paragraph 'This is a follow-up to the visit by Russian Defense Minister Igor Sergeyev to Damascus in November 1998'",
      },
      {
        source: 'alhayat-assad-to-visit-moscow-1999',
        locator: 'final paragraph (visit of Defence Minister Igor Sergeyev to Damascus in November)',
      },
    ],
    confidence: 'verified',
    note: 'World Tribune (9 April 1999, citing Tass diplomatic sources) claims Sergeyev reached an accord in 1998 on Su-27s, T-80s and S-300-based air defence (~$2bn); see the 1999 arms request record.',
  },
  {
    id: 'visit-1999-02-sy-ru-farouk-al-sharaa',
    start: '1999-02',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['farouk-al-sharaa'],
    level: 'minister',
    purpose:
      'Visit during that of a Syrian military delegation, with strengthening military cooperation at the top of the talks.',
    sources: [
      {
        source: 'alhayat-assad-to-visit-moscow-1999',
        locator: 'final paragraph',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-1999-07-05-sy-ru-hafez-al-assad',
    start: '1999-07-05',
    end: '1999-07-06',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose:
      "First visit by Hafez al-Assad to Moscow since the Soviet collapse, at Yeltsin's invitation, to seek political support and Russian weapons (fighters, tanks, anti-tank and anti-aircraft systems) and to discuss Syria's debt.",
    outcome:
      'Met Yeltsin at the Kremlin on 6 July and held talks with PM Stepashin, FM Igor Ivanov and Defence Minister Sergeyev; a joint statement called for a multipolar world and a larger Russian role in the peace process; no arms deal was announced.',
    sources: [
      {
        source: 'ap-archive-assad-arrives-moscow-1999',
        locator: 'AP Archive text (5 Jul 1999): arrived Monday, leaving Tuesday evening',
      },
      {
        source: 'jamestown-syrian-president-surprise-visit-moscow-1999',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'rferl-assad-visit-strength-of-ties-1999',
        locator: "paragraphs 1–5 ('two-day visit which ended yesterday')",
      },
      {
        source: 'worldtribune-yeltsin-assad-meet-1999',
        locator: 'whole article',
      },
      {
        source: 'alhayat-assad-to-visit-moscow-1999',
        locator: 'paragraph 1 (two-day visit, first since the Soviet collapse)',
      },
    ],
    confidence: 'verified',
    note: 'RFE/RL notes he had made 14 earlier visits to the Soviet Union. A planned April 1999 visit had been cancelled (see event).',
  },
  {
    id: 'visit-2000-06-13-ru-sy-gennady-seleznyov',
    start: '2000-06-13',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['gennady-seleznyov'],
    level: 'delegation',
    purpose: 'To represent Russia at the state funeral of Hafez al-Assad.',
    sources: [
      {
        source: 'albawaba-low-level-attendance-assad-funeral-2000',
        locator: 'final paragraph (AFP, 11 June 2000)',
      },
    ],
    confidence: 'reported',
    note: "Source is a pre-funeral AFP list of expected delegations (spelled 'Selezynov'); his actual attendance was not confirmed in a second source.",
  },
  {
    id: 'visit-2001-05-22-sy-ru-mustafa-tlass',
    start: '2001-05-22',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['mustafa-tlass'],
    level: 'minister',
    purpose: 'Talks on the Middle East situation and bilateral relations amid rumours of an arms deal.',
    outcome:
      'Met FM Igor Ivanov and Defence Minister Sergei Ivanov on 23 May; meetings scheduled with Deputy PM Klebanov, Rosoboronexport and MiG.',
    sources: [
      {
        source: 'jamestown-secretive-russian-syrian-arms-talks-2001',
        locator: 'paragraphs 1–2',
      },
    ],
    confidence: 'reported',
    note: 'Year from the Monitor volume (Volume 7, 2001).',
  },
  {
    id: 'visit-2003-01-sy-ru-abdul-halim-khaddam',
    start: '2003-01',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['abdul-halim-khaddam'],
    level: 'delegation',
    purpose:
      'Working visit by Vice-President Khaddam, carrying a message from Bashar al-Assad and preparing his visit to Moscow; Iraq and the Israeli–Palestinian conflict were discussed.',
    outcome:
      'Putin vowed to restore close ties; both sides agreed to revive political, economic and military-technical contacts; sale of Igla missiles was not discussed.',
    sources: [
      {
        source: 'rense-afp-putin-vows-restore-ties-syria-2003',
        locator: 'whole article (AFP, dated 1-16-3)',
      },
      {
        source: 'albawaba-putin-meets-syrian-vp-2003',
        locator: 'whole article (© 2003 Al Bawaba)',
      },
      {
        source: 'khaddam-net-vp-in-moscow',
        locator: 'whole article (three-day visit; arrived Tuesday; Putin meeting Wednesday)',
      },
      {
        source: 'kremlin-putin-meets-syrian-vice-president',
        locator: 'opening remarks (trade ~US$1bn before 1992)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '2002-01',
        sources: [
          {
            source: 'khaddam-net-vp-in-moscow',
            locator: "header 'Publishing date: 2002-01-14'",
          },
        ],
        note: 'khaddam.net dates its reprint 14 January 2002, but the AFP copy is dated 16 January 2003, the context (Syria on the UNSC; looming Iraq war) fits January 2003, and 14 January fell on a Tuesday in 2003, not 2002.',
      },
    ],
    note: 'Title vice-president: Khaddam was Syrian Vice-President; AFP says Putin spoke on a Wednesday.',
  },
  {
    id: 'visit-2005-ru-sy-igor-ivanov',
    start: '2005',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      {
        name: 'Igor Ivanov',
        role: 'Secretary of the Security Council of Russia',
      },
    ],
    level: 'minister',
    purpose:
      "Delivered an oral message from Putin to Bashar al-Assad expressing satisfaction with the implementation of the agreements reached during Assad's January 2005 Moscow visit.",
    outcome:
      'Met Bashar al-Assad and FM Farouk al-Sharaa; said Syria was cooperating actively in implementing UNSC resolution 1636 on the Hariri investigation.',
    sources: [
      {
        source: 'alriyadh-igor-ivanov-damascus-2005',
        locator: 'whole item',
      },
    ],
    confidence: 'reported',
    note: 'Month not printed; the item refers to resolution 1636 (31 October 2005), says Russia then held the Security Council presidency and that a Lavrov visit was expected, so the visit falls in late 2005.',
  },
  {
    id: 'visit-2005-01-24-sy-ru-bashar-al-assad',
    start: '2005-01-24',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['bashar-al-assad'],
    level: 'head-of-state',
    purpose:
      'First visit to Russia by Bashar al-Assad as president: debt settlement, economic cooperation and the Middle East, amid Israeli/US concern over possible missile sales.',
    outcome:
      "Talks with Putin on 25 January; declaration on further deepening friendship and cooperation signed; Russia agreed to write off 73% of Syria's debt; agreements on oil and gas, a pipe plant, investment protection and road transport signed.",
    sources: [
      {
        source: 'spacewar-putin-promises-israel-no-missiles-2005',
        locator: "paragraphs 2 and 5 (arrives Monday; 'four-day official visit')",
      },
      {
        source: 'elaph-syria-debt-talks-before-visit-2005',
        locator: 'paragraph 1 (three-day official visit starting Monday)',
      },
      {
        source: 'rferl-russia-syria-agree-boost-cooperation-2005',
        locator: 'paragraphs 1–4 (25 January 2005 Kremlin meeting)',
      },
      {
        source: 'kremlin-press-statement-putin-assad-2005',
        locator: "paragraphs 1–3 ('first visit of our guest to Russia'; declaration)",
      },
      {
        source: 'kremlin-putin-assad-opening-remarks-2005',
        locator: "Putin's opening remarks (no visits of this level since the early 1990s)",
      },
      {
        source: 'moscow-times-assad-praises-russia-debt-deal-2005',
        locator: 'paragraphs 1–5 (MGIMO lecture, debt)',
      },
    ],
    confidence: 'verified',
    note: "Length disputed by the sources: AFP says four days, Elaph/Reuters three days with the debt protocol to be signed on Wednesday 26 January, 'the last day'; no end date recorded.",
  },
  {
    id: 'visit-2006-03-12-sy-ru-walid-muallem',
    start: '2006-03-12',
    end: '2006-03-14',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['walid-muallem'],
    level: 'minister',
    purpose: 'Carried a message from Bashar al-Assad to President Putin.',
    sources: [
      {
        source: 'jewish-glv-muallem-moscow-2006',
        locator: 'whole item (dated 12.03.2006)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-2006-09-ru-sy-sergey-lavrov',
    start: '2006-09',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['sergey-lavrov'],
    level: 'minister',
    purpose:
      'Regional tour after the 2006 Lebanon war: talks with Bashar al-Assad on a comprehensive Middle East settlement; arrived from Beirut the same day (a Thursday).',
    sources: [
      {
        source: 'elaph-lavrov-damascus-2006',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-2006-12-18-sy-ru-bashar-al-assad',
    start: '2006-12-18',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['bashar-al-assad'],
    level: 'head-of-state',
    purpose: 'Three-day visit focused on Lebanon, Iraq and the Palestinian crises and the proposed Hariri tribunal.',
    outcome:
      "Talks with Putin on Tuesday 19 December on bilateral relations and regional problems; Assad said Syria was open to dialogue with the US but would not take 'orders'.",
    sources: [
      {
        source: 'intelligence-summit-afp-assad-visits-russia-2006',
        locator: 'whole post (AFP, Monday 18 December 2006)',
      },
      {
        source: 'sputnik-fr-putin-assad-talks-2006',
        locator: "whole item (presidents meet 'ce mardi'; previous visit January 2005)",
      },
      {
        source: 'meo-assad-to-visit-moscow-2008',
        locator: 'paragraph 4 (visited Moscow in December 2006)',
      },
      {
        source: 'blitzquotidiano-medvedev-damasco-2010',
        locator: 'paragraph 2 (visits in January 2005, December 2006, August 2008)',
      },
      {
        source: 'ozodlik-assad-putin-meeting-2006',
        locator: 'whole item',
      },
    ],
    confidence: 'verified',
    note: 'Radio Ozodlik announced the Putin meeting for 18 December; RIA Novosti reports it on Tuesday 19 December. AFP calls it a three-day mission; no end date is given.',
  },
  {
    id: 'visit-2008-03-ru-sy-sergey-lavrov',
    start: '2008-03',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['sergey-lavrov'],
    level: 'minister',
    purpose:
      'Talks with Walid Muallem (Wednesday evening) and Bashar al-Assad (Thursday) on the Middle East, Lebanon and bilateral relations ahead of the Damascus Arab summit of 29–30 March.',
    outcome:
      'Both ministers stressed the need for a just and comprehensive settlement including the Syrian–Israeli track.',
    sources: [
      {
        source: 'elaph-lavrov-muallem-damascus-2008',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-2008-05-sy-ru-military-delegation',
    start: '2008-05',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Syrian military delegation',
        role: 'military officials',
      },
    ],
    level: 'military',
    purpose: 'Talks on bilateral military and technical cooperation.',
    outcome:
      'Kommersant reported agreement on MiG-29SMT deliveries and Syrian interest in Strelets, Iskander, Yak-130 and Amur-1650 submarines.',
    sources: [
      {
        source: 'dailyalert-syrian-military-delegation-moscow-2008',
        locator: "whole item (dated 2008-05-20; 'arrived in Moscow on Monday')",
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-2008-08-20-sy-ru-bashar-al-assad',
    start: '2008-08-20',
    end: '2008-08-21',
    from: 'SY',
    to: 'RU',
    city: 'Sochi',
    visitors: ['bashar-al-assad'],
    level: 'head-of-state',
    purpose: 'Talks with President Dmitry Medvedev at his invitation after the Georgia war.',
    outcome: "Assad backed Russia's action in Georgia; Russia signalled readiness to consider Syrian arms requests.",
    sources: [
      {
        source: 'wpr-2008-assad-georgia-war-moscow-options',
        locator: "paragraph 1 (20–21 August, Sochi, at Medvedev's invitation)",
      },
      {
        source: 'thenational-2008-assad-visit-russia-resurgent',
        locator: 'paragraphs 1–2 (two-day visit; talks with Medvedev in Sochi)',
      },
      {
        source: 'friday-lunch-club-2008-us-to-syria',
        locator: 'paragraph 1 (talks with President Medvedev on Thursday)',
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraph on August 2008 ('landed in Russia for a meeting with Vladimir Putin')",
      },
      {
        source: 'rg-2008-08-22-asad-medvedev',
        locator:
          "paragraphs 1–2 ('Вчера президент Дмитрий Медведев встретился со своим сирийским коллегой Башаром Асадом'; talks in Sochi)",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'purpose',
        value: 'A meeting with Vladimir Putin',
        sources: [
          {
            source: 'inside-arabia-damascus-moscow-2',
            locator: 'unfootnoted paragraph on August 2008',
          },
        ],
        note: "In August 2008 Putin was prime minister; the sources read name Medvedev (president) as Assad's host and interlocutor in Sochi and mention no Putin meeting. Whether Assad also saw Putin could not be established.",
      },
    ],
  },
  {
    id: 'visit-2009-05-ru-sy-sergey-lavrov',
    start: '2009-05',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['sergey-lavrov'],
    level: 'minister',
    purpose:
      "Attended the 36th OIC foreign ministers' meeting in Damascus and discussed with Bashar al-Assad a Moscow conference on the Middle East; also met Hamas leader Khaled Meshaal.",
    sources: [
      {
        source: 'elaph-lavrov-damascus-oic-2009',
        locator: 'paragraphs 1–4 (arrived Saturday)',
      },
      {
        source: 'arabianaerospace-syrian-mig-deal-2009',
        locator:
          "paragraph on the Syrian statement issued 'as Russian Foreign Minister Sergei Lavrov visited the Syrian capital and met Syrian President Bashar al-Assad'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2010-04-14-ru-sy-pyotr-veliky',
    start: '2010-04-14',
    from: 'RU',
    to: 'SY',
    city: 'Tartus',
    visitors: [
      {
        name: 'Felix Menkov',
        role: 'Captain 1st rank, commander of the nuclear-powered missile cruiser Pyotr Veliky (Northern Fleet flagship)',
      },
    ],
    level: 'military',
    purpose: 'Port call by the cruiser Pyotr Veliky on its way to Russian Navy exercises in the Indian Ocean.',
    outcome:
      'A Syrian naval delegation under Navy commander Taleb al-Barri, with Ambassador Sergei Kirpichenko, toured the ship; Kirpichenko called the visit symbolic.',
    sources: [
      {
        source: 'sputnik-pyotr-veliky-arrives-tartus-2010',
        locator: 'whole item (Tartus, April 14)',
      },
      {
        source: 'rusnavy-syrian-delegation-petr-veliky-2010',
        locator: 'paragraphs 1–4 (dated 15.04.2010)',
      },
      {
        source: 'worldtribune-tartus-pyotr-veliky-2010',
        locator: "paragraphs 1–4 ('On April 14, Kirpichenko welcomed the arrival')",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2010-05-10-ru-sy-dmitry-medvedev',
    start: '2010-05-10',
    end: '2010-05-11',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['dmitry-medvedev', 'sergey-lavrov', 'sergei-shmatko'],
    level: 'head-of-state',
    purpose:
      'First visit by a Russian head of state to Syria, to revive the Soviet-era partnership (economy, military-technical cooperation, Middle East settlement).',
    outcome:
      'Talks with Bashar al-Assad; Medvedev spoke of renewing atomic-energy, oil and gas cooperation; on 11 May both presidents met Hamas leader Khaled Mashal, after which Medvedev left for Turkey.',
    sources: [
      {
        source: 'dailynewsegypt-medvedev-landmark-visit-2010',
        locator: "paragraph 1 ('first ever visit to the country by a Russian or Soviet head of state')",
      },
      {
        source: 'hdhod-medvedev-landmark-visit-2010',
        locator: 'paragraphs 1–6 (arrived Monday; two-day visit)',
      },
      {
        source: 'alwasat-medvedev-arrives-damascus-2010',
        locator: 'whole item (first visit by a Russian president; Shmatko accompanying)',
      },
      {
        source: 'djazairess-medvedev-alwatan-article-2010',
        locator: 'final sentence (first Russian president since 1991; Lavrov in delegation)',
      },
      {
        source: 'argumenti-talks-presidents-damascus-2010',
        locator: "paragraphs 1–3 (11 May 2010; 'first Russian leader')",
      },
      {
        source: 'haaretz-medvedev-hamas-shalit-2010',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'kremlin-en-medvedev-met-mashal-2010',
        locator: "paragraph 1 ('Upon completion of President of Russia’s visit to Syria', May 11, 2010)",
      },
      {
        source: 'antara-medvedev-meets-hamas-2010',
        locator: 'final paragraph (left Syria for Turkey on Tuesday afternoon)',
      },
      {
        source: 'vremya-2010-05-12-po-pryamoy-ulitse-v-damask',
        locator: "paragraphs 1–3 (talks began Monday evening [10 May] and continued 'yesterday' [11 May])",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '2010-05-12',
        sources: [
          {
            source: 'blitzquotidiano-medvedev-damasco-2010',
            locator: "paragraph 3 (talks 'continueranno l'11 e il 12')",
          },
        ],
        note: 'A pre-visit Italian report expected talks on 11 and 12 May; Kremlin, ANTARA and others show Medvedev left for Turkey on the afternoon of 11 May.',
      },
    ],
    note: "The 'first' claim is worded differently: AFP (Daily News Egypt) says first ever Russian or Soviet head of state, and Vremya Novostei (12 May 2010) says no top-level leaders had come from Moscow to Damascus before. Djazairess says first Russian president since the 1991 collapse; Blitz says first of post-communist Russia; Argumenty Nedeli/Medvedev say first Russian leader. Only the post-1991 wording is right: Soviet head of state Nikolai Podgorny went to Damascus in June/July 1967 (see visit-1967-06-su-sy-nikolai-podgorny), and Soviet Premier Kosygin (head of government) went in June 1976.",
  },
  {
    id: 'visit-2012-02-07-ru-sy-sergey-lavrov',
    start: '2012-02-07',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['sergey-lavrov', 'mikhail-fradkov'],
    level: 'minister',
    purpose: "Sent by President Medvedev three days after Russia's second veto, to meet Assad.",
    outcome:
      'Moscow said Assad was ready to send a government delegation to an intra-Syrian meeting; Lavrov called the trip timely and useful.',
    sources: [
      {
        source: 'masress-2012-lavrov-fradkov-to-damascus',
        locator: "text: Lavrov: 'we will visit Damascus on 7 February… to meet President Bashar al-Assad'",
      },
      {
        source: '1tv-2012-lavrov-fradkov-assad',
        locator: "8 February 2012: the Foreign Ministry on the outcome of Lavrov's and Fradkov's talks with Assad",
      },
    ],
    confidence: 'verified',
    note: 'Fradkov was head of the Foreign Intelligence Service.',
  },
  {
    id: 'visit-2013-09-09-sy-ru-walid-muallem',
    start: '2013-09-09',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['walid-muallem'],
    level: 'minister',
    purpose: 'Talks with Lavrov as the United States weighed strikes after the Ghouta chemical attack.',
    outcome:
      'Lavrov proposed that Syria put its chemical weapons under international control to avert strikes; Muallem welcomed it. It led to the US–Russian framework of 14 September.',
    sources: [
      {
        source: 'ndtv-2013-russia-asks-syria-hand-over-cw',
        locator: 'text: after talks with Muallem in Moscow on Monday (9 September)',
      },
      {
        source: 'rferl-2013-russia-urges-syria-cw-control',
        locator: 'text: Lavrov said on September 9 he had conveyed the proposal to Muallem during talks in Moscow',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2015-10-20-sy-ru-bashar-al-assad',
    start: '2015-10-20',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['bashar-al-assad'],
    level: 'head-of-state',
    purpose: 'Working visit, unannounced, three weeks into the Russian air campaign; his first trip abroad since 2011.',
    outcome:
      'Putin pledged continued military support and called for a political process; the visit was made public on 21 October after Assad had returned to Damascus.',
    sources: [
      {
        source: 'dailysabah-2015-assad-meets-putin-moscow',
        locator:
          "paragraphs 1–3 (Peskov: 'yesterday evening… a working visit to Moscow'; back in Damascus on Wednesday)",
      },
      {
        source: 'bellenews-2015-assad-meets-putin',
        locator: "text: 'The visit happened on October 20, but was not announced until October 21'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2017-09-12-ru-sy-sergei-shoigu',
    start: '2017-09-12',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['sergei-shoigu'],
    level: 'minister',
    purpose: "Working visit on Putin's instruction, days after the siege of Deir ez-Zor was broken.",
    outcome:
      'Talks with Assad on military-technical cooperation, the Deir ez-Zor offensive, de-escalation zones and humanitarian aid.',
    sources: [
      {
        source: 'egypttoday-2017-shoigu-talks-assad',
        locator: 'TASS, quoting the Foreign Ministry: working visit to Damascus on September 12',
      },
      {
        source: 'yahoo-2017-reuters-shoigu-assad-damascus',
        locator: 'Reuters: met Assad in Damascus on Tuesday (12 September)',
      },
    ],
    confidence: 'verified',
    note: 'Shoigu was defence minister.',
  },
  {
    id: 'visit-2017-11-20-sy-ru-bashar-al-assad',
    start: '2017-11-20',
    from: 'SY',
    to: 'RU',
    city: 'Sochi',
    visitors: ['bashar-al-assad'],
    level: 'head-of-state',
    purpose: 'Working visit before the Russia–Iran–Turkey summit in Sochi and the Geneva talks.',
    outcome:
      "Putin said the military operation was coming to an end and the political process came next; Assad met Russia's defence and General Staff leadership.",
    sources: [
      {
        source: 'tass-2017-putin-assad-sochi',
        locator: "Kremlin statement: 'On November 20, talks took place… who made a working visit to Russia'",
      },
      {
        source: 'reuters-2017-putin-hosts-assad',
        locator: 'text: talks in Sochi on Monday (20 November)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2017-12-11-ru-sy-vladimir-putin',
    start: '2017-12-11',
    from: 'RU',
    to: 'SY',
    city: 'Hmeimim air base (Latakia)',
    visitors: ['vladimir-putin', 'sergei-shoigu'],
    level: 'head-of-state',
    purpose: "A stop on the way to Egypt and Turkey; Putin's first trip to Syria.",
    outcome:
      'Met by Assad at the base, Putin ordered the withdrawal of a significant part of the Russian contingent, keeping Hmeimim and Tartus.',
    sources: [
      {
        source: 'pravdareport-putin-hmeymim-2017',
        locator:
          'text: landed on Hmeymim in the morning of December 11; met by Assad and Shoigu; ordered the withdrawal',
      },
      {
        source: 'alalam-2017-putin-stops-at-base',
        locator: "AP text: stopover en route to Egypt; 'Putin's first trip to Syria'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2018-05-17-sy-ru-bashar-al-assad',
    start: '2018-05-17',
    from: 'SY',
    to: 'RU',
    city: 'Sochi',
    visitors: ['bashar-al-assad'],
    level: 'head-of-state',
    purpose: "Talks on the political process after the government's military gains.",
    outcome:
      'Putin said foreign armed forces would start leaving Syria; Assad said he would send a delegation to the UN on a constitutional committee.',
    sources: [
      {
        source: 'haaretz-2018-putin-meets-assad-sochi',
        locator: 'text and photo caption: Sochi, Thursday, May 17, 2018',
      },
      {
        source: 'nyhetsbanken-2018-assad-meets-putin-sochi',
        locator: "text: Peskov on the delegation to the UN; 'foreign armed forces will start leaving'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2020-01-07-ru-sy-vladimir-putin',
    start: '2020-01-07',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['vladimir-putin'],
    level: 'head-of-state',
    purpose: 'Orthodox Christmas with the Russian forces; his first visit to Damascus.',
    outcome:
      "Met Assad at the Russian forces' headquarters, heard a military briefing on Idlib and the north, and toured the Umayyad Mosque and the Mariamite Cathedral.",
    sources: [
      {
        source: 'syriatimes-2020-putin-damascus',
        locator: "text: 'On January 7, Russian President Vladimir Putin arrived in Damascus'",
      },
      {
        source: 'rferl-2020-putin-visits-damascus',
        locator: "text: 'It was Putin's first visit to Damascus and only his second visit to Syria'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2020-09-06-ru-sy-yuri-borisov',
    start: '2020-09-06',
    end: '2020-09-07',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['yuri-borisov', 'sergey-lavrov', 'mikhail-bogdanov'],
    level: 'minister',
    purpose: 'Government delegation on economic cooperation, sanctions and the constitutional committee.',
    outcome: "Assad received Borisov and Lavrov on 7 September; Lavrov's first visit to Syria since February 2012.",
    sources: [
      {
        source: 'watsupeurope-2020-lavrov-damascus',
        locator: "text: Borisov's delegation arrived on Sunday; Lavrov met Assad on Monday, first visit since 2012",
      },
      {
        source: 'almasdarnews-2020-assad-thanks-russia',
        locator: "text: 'This is Lavrov's first visit to Syria since February 2012'",
      },
    ],
    confidence: 'verified',
    note: 'Borisov was a deputy prime minister and Lavrov foreign minister: recorded at minister level.',
  },
  {
    id: 'visit-2021-09-13-sy-ru-bashar-al-assad',
    start: '2021-09-13',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['bashar-al-assad'],
    level: 'head-of-state',
    purpose: 'Unannounced visit after his re-election in May 2021.',
    outcome:
      "Putin said foreign forces in Syria without a UN mandate or Damascus's consent were the main obstacle to its consolidation.",
    sources: [
      {
        source: 'nationalpost-2021-putin-meets-assad',
        locator: 'Reuters text: met in Moscow on Monday (13 September), the Kremlin said',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '2021-09-14',
        sources: [
          {
            source: 'voltairenet-2021-putin-receives-assad',
            locator: "text: 'Receiving Syrian President Bashar al-Assad at the Kremlin on 14 September 2021'",
          },
        ],
        note: 'The Kremlin announced the Monday-evening meeting on Tuesday 14 September.',
      },
    ],
  },
  {
    id: 'visit-2023-03-14-sy-ru-bashar-al-assad',
    start: '2023-03-14',
    end: '2023-03-15',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['bashar-al-assad'],
    level: 'head-of-state',
    purpose: 'Official visit with a large ministerial delegation, a month after the February earthquake.',
    outcome:
      "Talks with Putin on 15 March; Assad said the visit opened a new stage in relations and voiced support for Russia's war in Ukraine.",
    sources: [
      {
        source: 'dunyanews-2023-assad-arrives-moscow',
        locator: 'Reuters text: arrived in Moscow on Tuesday (14 March)',
      },
      {
        source: 'tass-2023-assad-moscow-new-stage',
        locator: 'text: talks on Wednesday 15 March; met at Vnukovo by Bogdanov',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2024-07-24-sy-ru-bashar-al-assad',
    start: '2024-07-24',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['bashar-al-assad'],
    level: 'head-of-state',
    purpose: 'Talks on the escalation in the Middle East and a possible meeting with Erdogan.',
    outcome: 'Kremlin meeting late on 24 July, announced the next morning; his last visit as president.',
    sources: [
      {
        source: 'moscowtimes-2024-putin-meets-assad',
        locator: "text: 'The meeting, held late Wednesday' (24 July)",
      },
      {
        source: 'upi-2024-putin-assad-meeting',
        locator: 'text: Kremlin announcement on Thursday 25 July',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2025-01-28-ru-sy-mikhail-bogdanov',
    start: '2025-01-28',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['mikhail-bogdanov', 'alexander-lavrentiev'],
    level: 'minister',
    purpose: 'The first Russian official visit to Damascus after the fall of Assad.',
    outcome: 'About three hours of talks with Ahmed al-Sharaa, described by Bogdanov as mostly constructive.',
    sources: [
      {
        source: 'tass-2025-bogdanov-delegation-arrives',
        locator: 'text: delegation led by Bogdanov and Lavrentyev arrived; first visit since December 2024',
      },
      {
        source: 'tass-2025-bogdanov-talks-sharaa',
        locator: 'text: talks lasted around three hours',
      },
    ],
    confidence: 'verified',
    note: "Bogdanov was deputy foreign minister and the president's envoy, recorded at minister level.",
  },
  {
    id: 'visit-2025-07-31-sy-ru-asaad-al-shaibani',
    start: '2025-07-31',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['asaad-al-shaibani'],
    level: 'minister',
    purpose: "The first official visit to Moscow by a member of Syria's new government.",
    outcome:
      'Talks with Lavrov on reviewing the agreements of the Assad era; Lavrov hoped al-Sharaa would attend the Russia–Arab summit in October.',
    sources: [
      {
        source: 'middle-east-online-2025-shibani-lavrov',
        locator: 'dateline Thursday 31/07/2025',
      },
      {
        source: 'thenational-2025-shibani-first-russia-visit',
        locator: 'text: first official visit to Moscow by a member of the new government',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2025-09-09-ru-sy-alexander-novak',
    start: '2025-09-09',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['alexander-novak'],
    level: 'minister',
    purpose: 'A large government delegation on the economy, security, defence and politics.',
    outcome: "Novak announced al-Sharaa's coming visit to Moscow and offered Russia as a mediator with Israel.",
    sources: [
      {
        source: 'newarab-2025-novak-damascus',
        locator: 'text: Novak in Damascus on Tuesday (9 September)',
      },
      {
        source: 'haqqin-2025-novak-damascus',
        locator: 'text: delegation with Faizullin, Yevkurov and Vershinin',
      },
    ],
    confidence: 'verified',
    note: 'Novak was a deputy prime minister; recorded at minister level.',
  },
  {
    id: 'visit-2025-10-15-sy-ru-ahmed-al-sharaa',
    start: '2025-10-15',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['ahmed-al-sharaa', 'asaad-al-shaibani'],
    level: 'head-of-state',
    purpose: 'His first working visit to Russia, kept although the Russia–Arab summit was postponed.',
    outcome:
      'Two and a half hours with Putin; al-Sharaa said Syria respects all past agreements and wants to redefine relations; the joint commission is to resume.',
    sources: [
      {
        source: 'tass-2025-sharaa-arrives-moscow',
        locator: 'text: arrived on his first working visit; Peskov on the bases',
      },
      {
        source: 'shafaq-2025-putin-sharaa-joint-committee',
        locator: 'text: Putin received al-Sharaa on Wednesday (15 October)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2026-01-28-sy-ru-ahmed-al-sharaa',
    start: '2026-01-28',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['ahmed-al-sharaa'],
    level: 'head-of-state',
    purpose: 'Second working visit, on relations and the Middle East, as Russia sought to keep its bases.',
    outcome:
      'Talks and a working breakfast with a large Russian delegation including Lavrov, Novak and Defence Minister Belousov.',
    sources: [
      {
        source: 'tass-2026-putin-sharaa-handshake',
        locator: 'text: working visit; the Russian delegation',
      },
      {
        source: 'moscowtimes-2026-putin-meets-syrian-president',
        locator: 'text: talks at the Kremlin on Wednesday (28 January)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2026-02-04-ru-sy-russian-government-delegation',
    start: '2026-02-04',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      {
        name: 'Irek Faizullin',
        role: 'Construction Minister',
      },
      {
        name: 'Igor Levitin',
        role: 'Aide to the President',
      },
      {
        name: 'Yunus-Bek Yevkurov',
        role: 'Deputy Defence Minister',
      },
    ],
    level: 'minister',
    purpose: "Talks with Syria's foreign and defence ministers on the Russian military presence and cooperation.",
    sources: [
      {
        source: 'masrawy-2026-russian-delegation-damascus',
        locator: 'text citing SANA, 4 February 2026',
      },
    ],
    confidence: 'reported',
  },
];
