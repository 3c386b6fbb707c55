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
    id: 'visit-1956-09-22-sy-su-communist-trade-union-delegation',
    start: '1956-09-22',
    end: '1956-09-27',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Arab communist and trade-union delegation from Damascus (Salah Zanzul, Khaled al-Hakim, Ali Derwish and others)',
        role: 'delegation travelling on to China',
      },
    ],
    level: 'delegation',
    purpose:
      'Hosted by Soviet trade-union officials in Moscow on the way to China; the group, which left Damascus on 20 September, included Syrians from Hama, Damascus and Aleppo with Lebanese, Jordanian, Iraqi and Gulf members.',
    sources: [
      {
        source: 'wilson-1956-09-23-communist-delegation-visit-moscow',
        locator: "travel details and 'In Moscow' section",
      },
    ],
    confidence: 'reported',
    note: 'A multinational Arab delegation rather than an official Syrian one; it arrived in Beijing on 29 September 1956.',
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
        name: 'Salah al-Din al-Bitar',
        role: 'Syrian Foreign Minister',
      },
      {
        name: 'Khalid Bakdash',
        role: 'Secretary-General of the Syrian Communist Party',
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
      {
        source: 'raseef22-syrian-soviet-relations-before-1958',
        locator:
          'paragraph 1 (landed in Moscow at the end of October 1956 with Foreign Minister Salah al-Bitar and Khalid Bakdash)',
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
    visitors: [
      'khalid-al-azm',
      {
        name: 'Tawfiq Nizam al-Din',
        role: 'Chief of Staff of the Syrian Army',
      },
      {
        name: 'Fakhir al-Kayyali',
        role: 'Syrian Minister of Finance',
      },
    ],
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
      {
        source: 'marefa-syrian-soviet-agreement-1957',
        locator:
          'paragraph 2 (delegation headed by Defence Minister Khalid al-Azm with Chief of Staff Tawfiq Nizam al-Din and Finance Minister Fakhir al-Kayyali; statement of 7 August 1957)',
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
        note: "'Last Wednesday' relative to the period of the report is 16 July 1958 (weekday worked out from the calendar).",
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
    note: "The JTA item is undated in the copy read; it reports the delegation in Moscow in the same week that Soviet envoys in Cairo, Baghdad, Damascus and Beirut gave assurances after Khrushchev's ouster (which occurred in October 1964). Outcome not reported.",
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
    note: "The JTA report is undated in the copy read; it says the announcement coincided with Joseph Sisco's arrival in Moscow, which FRUS dates to mid-July 1969. The month is therefore derived, not printed next to the visit.",
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
      'At a reception given by the Soviet ambassador on Friday 12 May Grechko said the Arab states had every right to use other means to recover their occupied lands, and expressed satisfaction with his talks; on 13 May Tlass and his Soviet counterpart signed a military cooperation accord (see event).',
    sources: [
      {
        source: 'syrmh-grechko-visit-1972',
        locator: 'whole article',
      },
      {
        source: 'encyclopedia-com-tlas-mustafa',
        locator: 'paragraph 2 (accord for military cooperation signed with his Soviet counterpart on 13 May 1972)',
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
    confidence: 'reported',
    note: "Two secondary accounts: the article (after Dupuy) dates Kutakhov's survey to May 1973; Bar-Joseph, as given by Ginor and Remez, has Kutakhov come back to Damascus with Assad after a trip to Moscow that followed the 23 April summit, without a day. No primary source was read, so reported.",
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
        note: 'The only 1974 Assad visit to Moscow found in other sources is in April 1974 (recorded separately). An October 1974 visit may be a separate trip or a misdating by the article.',
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
      {
        source: 'wikileaks-1975moscow01373-gromyko-visit-me',
        locator:
          "paragraph 1 (MFA's Pyrlin on 30 January: Gromyko to hold general talks with the Syrians and sign a health agreement in Damascus; agreements earlier meant for Brezhnev's postponed visit)",
      },
    ],
    confidence: 'verified',
    note: "Reuters says a two-day visit starting Saturday 1 February; end date not confirmed. A Soviet diplomat told the US embassy beforehand that Gromyko would sign a health agreement in Damascus, an agreement originally meant for Brezhnev's postponed Middle East tour; the signing itself was not confirmed in the pages read.",
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
    id: 'visit-1975-06-sy-su-baath-party-delegation',
    start: '1975-06',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Baath Party delegation (members not named)',
        role: 'Arab Socialist Baath Party',
      },
    ],
    level: 'delegation',
    purpose: 'Party-to-party talks with the CPSU International Department.',
    outcome:
      "Boris Ponomarev, head of the CPSU International Department, told the delegation how much the Soviet party valued Syria's progressive national front with Communist participation.",
    sources: [
      {
        source: 'andrew-mitrokhin-world-going-our-way-p38',
        locator: 'paragraph on June 1975 (Ponomarev and the Baath delegation)',
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
    id: 'visit-1976-07-sy-su-abdul-halim-khaddam',
    start: '1976-07',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['abdul-halim-khaddam'],
    level: 'minister',
    purpose:
      'Talks on the Lebanese crisis at a time when Moscow was pressing Syria to withdraw its forces from Lebanon.',
    outcome:
      'A Soviet foreign ministry official called the visit unsuccessful: the two sides used the same words but meant different things, and Moscow kept insisting on a Syrian withdrawal.',
    sources: [
      {
        source: 'wikileaks-1976moscow11623-pyrlin-lebanon',
        locator: 'paragraph 1 (summary)',
      },
      {
        source: 'bjorsvik-2018-soviet-response-syrian-invasion-lebanon',
        locator:
          "table of contents, ch. 3: 'The July talks fails, and the USSR increase the pressure on Syria' (p. 60)",
      },
    ],
    confidence: 'reported',
    note: 'The cable of 22 July 1976 gives no day for the visit.',
  },
  {
    id: 'visit-1977-04-sy-su-hafez-al-assad',
    start: '1977-04',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose: "Five-day visit to repair relations strained in 1976 by Syria's intervention in Lebanon.",
    outcome:
      "The communiqué of 22 April spoke of steps to further raise Syria's defences and to deepen economic and technical cooperation, which the CIA read as Soviet agreement to more arms and aid; Marshal Ogarkov and the aid chief Skachkov took part in the talks, and the communiqué adopted Syria's line that the PLO must attend any Geneva conference from the start.",
    sources: [
      {
        source: 'cia-weekly-1977-04-ussr-syria-asad-visit',
        locator: "item 'USSR-Syria', paragraphs 1–4 (five-day visit 'last week'; communiqué issued 22 April)",
      },
      {
        source: 'lastampa-1979-assad-batte-alla-porta-di-mosca',
        locator:
          'paragraph 2 (two years earlier Moscow received Assad, after mediating his reconciliation with the PLO, with honours and aid)',
      },
    ],
    confidence: 'verified',
    note: "Added while searching for lower-level visits because no 1977 Assad visit was in the dataset. The exact arrival day is not given; the communiqué is dated 22 April 1977. La Stampa (1979) refers to this visit only as 'two years earlier'.",
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
    id: 'visit-1978-08-29-sy-su-abdul-halim-khaddam',
    start: '1978-08-29',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['abdul-halim-khaddam'],
    level: 'minister',
    purpose:
      "Official friendly visit at the Soviet government's invitation on the eve of the Camp David summit; diplomats in Moscow assumed he came to coordinate positions on Camp David and Lebanon and to obtain arms.",
    outcome:
      'Greeted at the airport by Gromyko, who at a banquet for the Syrians warned the United States against seeking military gains near Soviet borders; a week later, in Algiers, Khaddam said Syria was ready to conclude a defence pact with the USSR if a US–Israeli security pact materialised.',
    sources: [
      {
        source: 'wikileaks-1978moscow20846-khaddam-arrival',
        locator:
          "summary and paragraph 1 (arrived Moscow 29 August on an 'official, friendly visit at invitation of Soviet government'; Gromyko greeted him)",
      },
      {
        source: 'khaddam-net-fr-1978-09-08-khaddam-camp-david-pacte',
        locator: "paragraph 2 (he had been in Moscow a few days earlier; Gromyko's banquet warning)",
      },
    ],
    confidence: 'verified',
    note: 'End date not found; Khaddam was in Algiers by 6 September 1978.',
  },
  {
    id: 'visit-1978-11-sy-su-hikmat-al-shihabi',
    start: '1978-11',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hikmat-al-shihabi'],
    level: 'military',
    purpose: "Visit by the Chief of the Syrian General Staff a month after Assad's October 1978 Moscow visit.",
    outcome:
      "Pressed to join a trilateral pact with the USSR and Iraq and told Syria's MiG-27s would be safer based in Iraq, Shihabi took offence and went home two days early; Syria then recalled its ambassador from Moscow.",
    sources: [
      {
        source: 'andrew-mitrokhin-world-going-our-way-bookreadfree-p29',
        locator: 'page 29 of the copy, paragraph 1 (Brezhnev banquet of October 1978 and Shihabi visit a month later)',
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
    id: 'visit-1981-05-14-sy-su-hafez-al-assad',
    start: '1981-05-14',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose:
      'Secret visit for talks with Brezhnev: asked for political support and modern weapons (missiles, aircraft, tanks) and repeated the Syrian conditions for Soviet bases in Syria, according to Grinevsky.',
    outcome:
      "Moscow promised arms worth one billion roubles in all, including faster deliveries of aircraft, helicopters, surface-to-air and air-to-air missiles, and 500 tanks and armoured personnel carriers; Brezhnev's brief offered consent to a naval supply point (PMTO) at Tartus, according to Grinevsky.",
    sources: [
      {
        source: 'booksonline-grinevsky-scenario-p11',
        locator:
          '«Москва, вечер 14 мая 1981 года… Это тайно в Москву для встречи с Брежневым прилетел президент Сирии Асад»',
      },
      {
        source: 'rulit-grinevsky-scenario-p11',
        locator:
          '«оружия в общей сложности на один миллиард рублей дать обещали… а также 500 танков и БТР»; Brezhnev reading the brief on the PMTO at Tartus',
      },
      {
        source: 'bibliboba-grinevsky-scenario-p18',
        locator:
          "the eve of «этим тайным визитом»: Assad's expected request for «советскую авиабригаду и три зенитно-ракетные бригады»",
      },
    ],
    confidence: 'reported',
    note: "Rests on one memoir, Oleg Grinevsky's «Сценарий для третьей мировой войны» (2003), read in online copies. According to it, military channels reported before the visit that Assad, now ready to allow a Soviet naval base at Tartus and naval aircraft at Tifor, would ask in return for a Soviet air brigade and three surface-to-air missile brigades in Syria; a note to the Central Committee, approved by the Politburo on 12 May without discussion, rejected the Syrian conditions and proposed a PMTO at Tartus covered by one SAM regiment (2,000 servicemen), growing from 1983 to 6,000. The page on the brigades gives no date; it is placed here because it describes the eve of a secret visit on the same questions. End date not found (Moscow offered to receive him on 14–15 May). No contemporary report of the visit was found.",
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
      {
        source: 'wapo-1981-09-18-tlas-talks-moscow',
        locator:
          "paragraphs 1–3: 'has arrived on a hurried visit, reportedly to seek closer military ties along with additional modern Soviet military equipment'; met Ustinov and the air and naval chiefs 'yesterday'",
      },
    ],
    confidence: 'verified',
    note: "The Washington Post of 18 September 1981, citing Krasnaya Zvezda, confirms the visit, its month and its purpose: talks with Marshal Ustinov and the air and naval chiefs the day before the paper's report; neither the day of the talks nor of arrival is given. Western diplomats speculated that Tlass wanted more MiG-25s, T-72s and an improved MiG-23. That he 'returned empty-handed' rests on the article alone.",
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
    id: 'visit-1982-10-18-sy-su-hafez-al-assad',
    start: '1982-10-18',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose:
      "Closed, secret visit, made when (in Gromyko's words just before it, as Grinevsky records them) Soviet bases and surface-to-air missiles were soon to appear in Syria.",
    outcome:
      'Ustinov and Tlass signed an agreement on stationing Soviet surface-to-air missile regiments in Syria, according to Khaddam as quoted by Grinevsky.',
    sources: [
      {
        source: 'rulit-grinevsky-scenario-p54',
        locator:
          '«Вот на таком фоне проходил закрытый, тайный визит сирийского президента в Москву в середине октября 1982 года»',
      },
      {
        source: 'mybooks-grinevsky-scenario-p53',
        locator:
          '«Устинов и Тлас подписали такое соглашение во время недавнего визита Асада в Москву 18 октября 1982 года» (Khaddam to Gromyko, 2 December 1982)',
      },
      {
        source: 'readli-grinevsky-scenario-p57',
        locator:
          '«А во время визита Асада в октябре Устинов подписал соглашение о размещении советских ракетных зенитных полков в Сирии»',
      },
    ],
    confidence: 'reported',
    note: "Rests on one memoir, Oleg Grinevsky's «Сценарий для третьей мировой войны» (2003), read in online copies: the author, then head of the Soviet Foreign Ministry's Near East department, calls the visit closed and secret and places it in mid-October 1982; the day, 18 October, is Khaddam's, as Grinevsky quotes him from Khaddam's talk with Gromyko of 2 December 1982. Grinevsky adds that even Gromyko knew little of the agreement. No contemporary report of the visit was found, and the memoir as read does not name the missile system; Karsh and Seale (see the SA-5 arms deal) date the air-defence decision differently.",
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
    id: 'visit-1983-11-10-sy-su-abdul-halim-khaddam',
    start: '1983-11-10',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['abdul-halim-khaddam'],
    level: 'minister',
    purpose:
      "Visit at the Soviet government's invitation, a week after Syrian-backed Palestinian rebels attacked Yasser Arafat's strongholds in northern Lebanon; the first public sign of Soviet diplomacy in that crisis.",
    outcome:
      "Met at the airport by Gromyko; on Thursday the two called for Arab unity and blamed the deterioration in Lebanon on the United States and Israel; according to Arab diplomatic circles cited by La Stampa, Syria in effect rejected Gromyko's urging to ease its pressure on Arafat.",
    sources: [
      {
        source: 'khaddam-net-fr-1983-11-10-khaddam-arrive-moscou',
        locator:
          'paragraphs 1–4 (UPI, 10 November 1983: arrived today at the invitation of the Soviet government, greeted by Gromyko)',
      },
      {
        source: 'khaddam-net-fr-1983-11-11-khaddam-gromyko',
        locator: 'paragraphs 1–3 (UPI, 11 November 1983: talks with Gromyko on Lebanon and Arafat; Tass statement)',
      },
      {
        source: 'lastampa-1983-gromyko-olp-basta-con-le-armi',
        locator:
          'paragraph 2 (Syria reportedly rejected the insistence Gromyko expressed to Khaddam two weeks earlier)',
      },
    ],
    confidence: 'verified',
    note: 'The UPI reports note that no confirmed Soviet–Syrian meeting had taken place earlier in 1983; unconfirmed Beirut reports spoke of a secret Assad visit to Moscow in May.',
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
    id: 'visit-1984-10-15-sy-su-hafez-al-assad',
    start: '1984-10-15',
    end: '1984-10-18',
    from: 'SY',
    to: 'SU',
    city: 'Moscow',
    visitors: ['hafez-al-assad'],
    level: 'head-of-state',
    purpose:
      "What foreign reports called an 'emergency meeting' with Konstantin Chernenko, to coordinate positions amid fast-moving Middle East developments.",
    outcome:
      "Talks with Chernenko; People's Daily noted that the two sides' views on Middle East issues were not fully aligned (for example over the restoration of Egyptian–Jordanian relations, which Syria condemned and Moscow did not).",
    sources: [
      {
        source: 'rmrb-1984-10-19-assad-ends-ussr-visit',
        locator: 'paragraphs 1 and 3 (visited the USSR 15–18 October; talks with Chernenko)',
      },
    ],
    confidence: 'reported',
    note: 'Added while searching for lower-level visits because no 1984 Assad visit was in the dataset; only one source was found.',
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
    id: 'visit-1991-05-14-su-sy-alexander-bessmertnykh',
    start: '1991-05-14',
    from: 'SU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['alexander-bessmertnykh'],
    level: 'minister',
    purpose:
      "Unscheduled return trip to Damascus, in step with US Secretary of State Baker's faltering mission, to persuade Hafez al-Assad to be more flexible over the Middle East peace conference the two superpowers proposed to co-host.",
    outcome: 'No breakthrough was reported; from Syria Bessmertnykh flew to Geneva to meet Yasser Arafat.',
    sources: [
      {
        source: 'jta-1991-05-15-soviet-soften-up-syria',
        locator: 'paragraphs 2–3 and 7 (unscheduled return trip to Damascus on Tuesday; then Geneva)',
      },
    ],
    confidence: 'reported',
    note: "JTA's report of Wednesday 15 May 1991 places the trip on the Tuesday, 14 May. 'Return trip' implies an earlier stop in Damascus on the same tour, whose date was not found.",
  },
  {
    id: 'visit-1993-sy-ru-syrian-delegation',
    start: '1993',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Syrian delegation (members not named)',
        role: 'delegation on the Middle East',
      },
    ],
    level: 'delegation',
    purpose: 'To discuss the Middle East with the Russian leadership.',
    outcome:
      "According to a Syrian insider quoted by Time, President Yeltsin and Vice President Rutskoi sent the delegation conflicting signals, Rutskoi talking 'like the old communist leaders'.",
    sources: [
      {
        source: 'wordola-time-syrian-delegation-russia-1993',
        locator:
          "Damascus item ('a Syrian delegation that visited Russia to discuss the Middle East not long before last week's crisis in Moscow')",
      },
    ],
    confidence: 'reported',
    note: "The Time passage dates the visit to shortly before the constitutional crisis in Moscow ('last week's crisis'), i.e. the autumn of 1993; the delegation's leader is not named.",
  },
  {
    id: 'visit-1994-ru-sy-viktor-posuvalyuk',
    start: '1994',
    from: 'RU',
    to: 'SY',
    visitors: ['viktor-posuvalyuk'],
    level: 'minister',
    purpose:
      "Regional tour of Russia's Middle East envoy (Syria, Israel, Jericho) as co-sponsor of the peace process, with a message from Yeltsin for Israel's Prime Minister Rabin.",
    outcome:
      'He told Israeli leaders afterwards that he was convinced Hafez al-Assad and the Syrian people were interested in peace with Israel; a joint Russian, American and Arab mission to Damascus was planned to persuade Syria to join the multilateral talks it had boycotted.',
    sources: [
      {
        source: 'jta-russian-envoy-visits-israel-will-press-syria',
        locator:
          "paragraphs 1–5 (envoy 'Viktor Posavaliuk' reported on his impressions of Syria, which he had visited)",
      },
    ],
    confidence: 'reported',
    note: 'The JTA item is undated; the year follows from its reference to Jericho as newly autonomous (1994). The city in Syria is not named. The envoy was Deputy Foreign Minister, recorded at minister level.',
  },
  {
    id: 'visit-1994-11-01-ru-sy-andrei-kozyrev',
    start: '1994-11-01',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['andrei-kozyrev'],
    level: 'minister',
    purpose:
      'Talks with Hafez al-Assad on bilateral relations and the Israeli–Syrian peace negotiations, carrying a message from Yeltsin; Kozyrev had said beforehand that Syria owed Russia more than US$10 billion and that Russia sought ways to settle Middle Eastern debts.',
    outcome: 'Kozyrev said Russia would make every effort to advance the peace talks with Israel.',
    sources: [
      {
        source: 'hina-1994-11-01-kozyrev-damascus',
        locator:
          "paragraphs 1–4 (arrived Tuesday; first Russian foreign minister to visit Syria; six days after Clinton's visit)",
      },
    ],
    confidence: 'reported',
    note: "HINA calls him the first Russian foreign minister to visit Syria. Tuesday of the item's date, 1 November 1994.",
  },
  {
    id: 'visit-1996-04-20-ru-sy-yevgeny-primakov',
    start: '1996-04-20',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['yevgeny-primakov'],
    level: 'minister',
    purpose:
      "Stop on a fast regional tour during the Israeli operation in Lebanon (April 1996), reasserting a Russian role alongside the US Secretary of State's shuttle.",
    outcome:
      "Met President Hafez al-Assad and Foreign Minister Farouk al-Sharaa, and also Iran's foreign minister Velayati who was in Damascus, before flying on to Beirut and Israel.",
    sources: [
      {
        source: 'jamestown-1996-primakov-follows-christopher',
        locator:
          "paragraph 1 (met April 20 in Damascus with Syria's president and foreign minister; Itar-Tass, Reuter, April 20 & 21)",
      },
    ],
    confidence: 'reported',
    note: 'Primakov was Russian Foreign Minister. Distinct from his Damascus visit of October 1996.',
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
    id: 'visit-1997-10-25-ru-sy-yevgeny-primakov',
    start: '1997-10-25',
    end: '1997-10-27',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['yevgeny-primakov'],
    level: 'minister',
    purpose:
      "Two-day visit opening a week-long Middle East tour (with later stops in Israel, the West Bank, Jordan and Egypt) to revive the stalled peace process and widen Russia's role in it.",
    outcome:
      'Met President Assad and Foreign Minister al-Sharaa; after his talks in Israel he made an unscheduled return to Damascus on 27 October to brief Assad and put forward Russian ideas on resuming the negotiations.',
    sources: [
      {
        source: 'palestine-studies-chronology-1997-10-25',
        locator: 'entry for 25 October 1997 (begins 2-day visit to Syria; ITAR-TASS, SANA)',
      },
      {
        source: 'jamestown-1997-primakov-continues-visit-middle-east',
        locator: 'paragraph 2 (unscheduled return visit to Damascus on October 27; UPI, Itar-Tass)',
      },
    ],
    confidence: 'verified',
    note: 'The end date is that of the unscheduled return visit; in between Primakov held talks in Israel (26 October) and with Yasser Arafat in Ramallah.',
  },
  {
    id: 'visit-1998-ru-sy-viktor-posuvalyuk',
    start: '1998',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['viktor-posuvalyuk'],
    level: 'minister',
    purpose:
      "Envoy's visit, arriving from Beirut with what a diplomat called 'new ideas' on the peace process; he carried a message from Foreign Minister Primakov on the peace process and on Israel's proposal to implement UN Security Council Resolution 425 on southern Lebanon.",
    outcome:
      'Met Foreign Minister Farouk al-Sharaa in the presence of the Russian ambassador Viktor Gogitidze and discussed regional developments and the obstacles facing the peace process, then left for Abu Dhabi.',
    sources: [
      {
        source: 'alhayat-posuvalyuk-leaves-damascus-1998',
        locator: 'whole item',
      },
    ],
    confidence: 'reported',
    note: 'The item, as read, carries no date; the year follows from Primakov being foreign minister (1996–98) and from the Israeli offer on Resolution 425, which belongs to 1998. Posuvalyuk was a deputy foreign minister, recorded at minister level as an envoy.',
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
      'Three-day visit to Moscow during that of a Syrian military delegation, with military-technical cooperation at the top of the talks.',
    sources: [
      {
        source: 'alhayat-assad-to-visit-moscow-1999',
        locator: 'final paragraph',
      },
      {
        source: 'jamestown-1999-syrian-fm-talks-moscow',
        locator:
          'paragraphs 1–3 (three-day visit; talks with Primakov on 16 February and Ivanov on 17 February; Itar-Tass, 16 February)',
      },
    ],
    confidence: 'verified',
    outcome:
      "Talks with Prime Minister Primakov (16 February) and Foreign Minister Igor Ivanov (17 February); no major agreements were signed; Russian sources said the talks dealt with implementing the preliminary agreements of Defence Minister Sergeyev's November 1998 visit, reported to involve some US$2 billion of Syrian purchases.",
  },
  {
    id: 'visit-1999-02-sy-ru-mustafa-tlass',
    start: '1999-02',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['mustafa-tlass'],
    level: 'minister',
    purpose:
      "Ten-day visit by a Syrian military delegation including the defence minister, following up Defence Minister Sergeyev's November 1998 visit to Damascus and seeking to restore military ties frozen since 1991 by Syria's Soviet-era debt (about US$12 billion).",
    outcome:
      'Foreign Minister al-Sharaa joined the talks in mid-February; Russian sources said they dealt with implementing preliminary agreements reported at some US$2 billion; no contract was announced.',
    sources: [
      {
        source: 'jamestown-1999-washington-warns-moscow-arms-sale-syria',
        locator:
          "paragraphs 3–4 (a Syrian military delegation, which includes the country's defense minister, begins a ten-day visit to Russia today)",
      },
      {
        source: 'freeman-haaretz-1999-01-29-tlass-delegation-moscow',
        locator:
          "paragraphs 1–2 (Tlass to head a military delegation to Moscow 'in the coming days' for 10 days; Interfax: US$2 billion of equipment incl. modern fighters and S-300)",
      },
      {
        source: 'alhayat-assad-to-visit-moscow-1999',
        locator:
          'final paragraph (al-Sharaa visited Moscow in February during the visit of a Syrian military delegation)',
      },
      {
        source: 'jamestown-1999-syrian-fm-talks-moscow',
        locator:
          "paragraph 3 (talks on implementing agreements reached during Sergeyev's November visit, some US$2 billion)",
      },
    ],
    confidence: 'verified',
    note: "Ha'aretz (29 January 1999, citing Interfax) names Tlass as head of the ten-day delegation; Jamestown says it began on the day of its Monitor issue, which cites a UPI report of 2 February as 'yesterday's'. Al-Hayat confirms a Syrian military delegation in Moscow in February 1999. No page read prints the day: Jamestown's Monitor says the visit begins that day, and the issue is dated only by its reference to a UPI report of 2 February, so the month is kept.",
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
      {
        source: 'ng-rf-ukrepit-voennyi-potentsial-damaska-2001',
        locator: "paragraphs 1–2 (issue of 24 May 2001: the official visit began 'yesterday')",
      },
    ],
    confidence: 'disputed',
    note: 'Year from the Monitor volume (Volume 7, 2001).',
    conflicts: [
      {
        field: 'start',
        value: '2001-05-23',
        sources: [
          {
            source: 'ng-rf-ukrepit-voennyi-potentsial-damaska-2001',
            locator: 'paragraph 1',
          },
        ],
        note: 'Nezavisimaya Gazeta of 24 May 2001 says the official visit began the day before, 23 May, the day of his first talks; the 22 May start may be his arrival.',
      },
    ],
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
    id: 'visit-2006-05-sy-ru-bouthaina-shaaban',
    start: '2006-05',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['bouthaina-shaaban'],
    level: 'minister',
    purpose:
      'Visit by the Minister of Expatriates, who met Deputy Foreign Minister Alexander Saltanov to discuss the Middle East and the Syrian–Lebanese file.',
    outcome:
      'At a press conference at RIA Novosti she thanked Russia for abstaining on Security Council Resolution 1680, which Damascus called interference in its sovereign affairs.',
    sources: [
      {
        source: 'voltairenet-assafir-shaaban-moscow-2006',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'reported',
    note: 'Month inferred from the reference to Resolution 1680 (adopted 17 May 2006) as recent; the page shows no date.',
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
    id: 'visit-2007-11-ru-sy-alexander-saltanov',
    start: '2007-11',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['alexander-saltanov'],
    level: 'minister',
    purpose:
      "Deputy Foreign Minister Saltanov came to meet Assad and urge Syria to attend the US-hosted Annapolis peace conference, and to discuss Russian ideas for a follow-up meeting in Moscow early the next year covering all negotiating tracks, including Syria's.",
    sources: [
      {
        source: 'sauress-spa-saltanov-damascus-annapolis-2007',
        locator: 'paragraph 2 (arrives this evening, meets Assad tomorrow)',
      },
    ],
    confidence: 'reported',
    note: 'The dispatch prints no date; it falls before the Annapolis conference of 27 November 2007 and before the Lebanese parliament session it dates to the 22nd of the month.',
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
      {
        source: 'aljazeera-lavrov-muallem-just-solution-2008',
        locator: "item of Thursday 20 March 2008, paragraphs 1–3 (ministers met 'yesterday' in Damascus)",
      },
    ],
    confidence: 'verified',
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
    id: 'visit-2011-09-sy-ru-bouthaina-shaaban',
    start: '2011-09',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['bouthaina-shaaban'],
    level: 'delegation',
    purpose:
      "Visit by Assad's adviser, described as the first by a senior Syrian official to a major capital since the unrest began in March 2011.",
    outcome:
      "She met Deputy Foreign Minister Mikhail Bogdanov and former Prime Minister Yevgeny Primakov, and at the Federation Council backed the idea of a Russian senators' visit to Syria, which followed on 17 September.",
    sources: [
      {
        source: 'almanar-archive-shaaban-moscow-2011',
        locator: "paragraphs 1–3 (coincided with David Cameron's Moscow visit; met Bogdanov and Primakov)",
      },
      {
        source: 'vkrizis-interfax-margelov-senators-to-syria-2011',
        locator:
          "paragraphs 1–2 (Margelov: the senators' visit was backed at Monday's meeting in the Federation Council with presidential adviser Bouthaina Shaaban)",
      },
    ],
    confidence: 'verified',
    note: "Month from the coincidence with the British prime minister's Moscow visit (September 2011) given in the report; level 'delegation' because she was a presidential adviser, not a minister.",
  },
  {
    id: 'visit-2011-09-17-ru-sy-federation-council-delegation',
    start: '2011-09-17',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      {
        name: 'Ilyas Umakhanov',
        role: 'Deputy Chairman of the Federation Council',
      },
    ],
    level: 'delegation',
    purpose:
      'Delegation of Russian senators come to meet Assad and opposition representatives and to see the situation for themselves.',
    outcome:
      'Umakhanov said Russia opposed outside interference and would help an internal political dialogue; the delegation planned to meet Assad and opposition forces and to visit regions hit by unrest.',
    sources: [
      {
        source: 'interfax-senators-arrive-damascus-2011',
        locator: 'dateline Damascus, 17 September; paragraphs 1–4 (arrived Saturday)',
      },
      {
        source: 'kmru-ria-federation-council-delegation-damascus-2011',
        locator: 'paragraphs 1–4 (arrived Saturday 17 September for three days, RIA Novosti)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2011-11-12-ru-sy-patriarch-kirill',
    start: '2011-11-12',
    end: '2011-11-13',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      'patriarch-kirill',
      {
        name: 'Metropolitan Hilarion of Volokolamsk',
        role: "chairman of the Moscow Patriarchate's Department for External Church Relations",
      },
    ],
    level: 'delegation',
    purpose:
      'Official visit of the head of the Russian Orthodox Church to the Patriarchate of Antioch, at the invitation of Patriarch Ignatius IV and Prime Minister Adel Safar.',
    outcome:
      'Met Prime Minister Adel Safar on 12 November and President Bashar al-Assad on 13 November, celebrated the liturgy with Ignatius IV in Damascus and called for dialogue, then went on to Lebanon (to 15 November).',
    sources: [
      {
        source: 'mospat-kirill-completes-visit-antioch-2011',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'mospat-kirill-meets-assad-2011',
        locator: 'paragraphs 1-4',
      },
      {
        source: 'interfax-religion-kirill-plans-to-meet-assad-2011',
        locator: 'paragraphs 1-3',
      },
      {
        source: '24tv-patriarch-kirill-arrives-syria-2011',
        locator: 'paragraphs 1-2',
      },
      {
        source: 'mospat-kirill-meets-adel-safar-2011',
        locator: 'paragraphs 1-3 (meeting on 12 November; invitations of Safar and Ignatius IV)',
      },
    ],
    confidence: 'verified',
    note: 'The whole visit to the Church of Antioch ran from 12 to 15 November 2011; the Syrian leg ended when Kirill left for Beirut.',
  },
  {
    id: 'visit-2012-01-08-ru-sy-admiral-kuznetsov-group',
    start: '2012-01-08',
    from: 'RU',
    to: 'SY',
    city: 'Tartus',
    visitors: [
      {
        name: 'Carrier Admiral Kuznetsov, destroyer Admiral Chabanenko, frigate Ladny, tanker Lena and tug Nikolai Chiker',
        role: 'Russian Northern Fleet carrier group',
      },
    ],
    level: 'military',
    purpose:
      'Resupply call at the Russian naval supply point in Tartus during a long Atlantic and Mediterranean voyage planned before the Syrian unrest.',
    outcome:
      'Admiral Chabanenko, Ladny and Lena entered the port while the carrier anchored off Tartus; a delegation led by the Syrian defence minister toured the carrier, and Syrian media called the call an act of Russian solidarity.',
    sources: [
      {
        source: 'warfiles-syrian-defence-minister-visits-kuznetsov-2012',
        locator: 'paragraph 1 (8 January; departure announced for 9 January)',
      },
      {
        source: 'surkov-info-carrier-group-enters-syrian-port-2012',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'ameblo-voice-of-russia-ships-enter-tartus-2012',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'defesanet-kuznetsov-chabanenko-tartus-2011',
        locator: 'paragraphs 1-2 (route planned before the crisis)',
      },
    ],
    confidence: 'verified',
    note: 'Russia announced departure on 9 January; Syrian media spoke of a six-day visit, so no end date is given.',
  },
  {
    id: 'visit-2012-02-07-ru-sy-sergey-lavrov',
    start: '2012-02-07',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['sergey-lavrov', 'mikhail-fradkov'],
    level: 'minister',
    purpose:
      "Sent on President Medvedev's instruction three days after Russia's second Security Council veto, to talk with Assad about ending the crisis.",
    outcome:
      'Moscow said afterwards that Assad was ready to send a government delegation to an intra-Syrian meeting; Lavrov called the trip timely and useful.',
    sources: [
      {
        source: 'informkz-xinhua-lavrov-assad-2012',
        locator: 'paragraphs 1–2 (arrived Tuesday with Fradkov; crowds along the highway)',
      },
      {
        source: 'tehrantimes-russian-fm-syria-2012',
        locator: 'dateline 7 February 2012; paragraphs 1–3',
      },
      {
        source: 'meo-lavrov-meets-assad-fanfare-2012',
        locator: 'paragraphs 1–3 (AFP: talks on Tuesday, accompanied by Fradkov)',
      },
      {
        source: '1tv-2012-lavrov-fradkov-assad',
        locator:
          "item of 8 February 2012 (Foreign Ministry on the results); 8 February 2012: the Foreign Ministry on the outcome of Lavrov's and Fradkov's talks with Assad",
      },
      {
        source: 'masress-2012-lavrov-fradkov-to-damascus',
        locator: "text: Lavrov: 'we will visit Damascus on 7 February… to meet President Bashar al-Assad'",
      },
    ],
    confidence: 'verified',
    note: 'Fradkov was head of the Foreign Intelligence Service.',
  },
  {
    id: 'visit-2012-04-09-sy-ru-walid-muallem',
    start: '2012-04-09',
    end: '2012-04-10',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['walid-muallem'],
    level: 'minister',
    purpose:
      "Official visit to brief Moscow on how Damascus was carrying out Kofi Annan's six-point plan, timed for the 10 April deadline for pulling troops out of cities.",
    outcome: 'Talks with Lavrov on 10 April on bilateral ties and the Annan mission.',
    sources: [
      {
        source: 'masress-alwafd-muallem-arrives-moscow-2012',
        locator:
          'paragraph 1 (arrived Monday evening; meets Lavrov Tuesday, the day the troop-withdrawal deadline ends)',
      },
      {
        source: 'turess-alchourouk-muallem-moscow-2012',
        locator: 'paragraphs 1–3 (arrived yesterday evening; talks with Lavrov today, Tuesday; SANA on the agenda)',
      },
      {
        source: 'elfagr-afp-muallem-moscow-talks-2012',
        locator: 'paragraphs 1–2 (arrived late Monday; talks with Lavrov on Tuesday)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2012-08-03-sy-ru-qadri-jamil',
    start: '2012-08-03',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Qadri Jamil',
        role: 'Deputy Prime Minister for Economic Affairs',
      },
      {
        name: 'Mohammad Jleilati',
        role: 'Minister of Finance',
      },
      {
        name: 'Said Hneidi',
        role: 'Minister of Oil',
      },
    ],
    level: 'minister',
    purpose:
      'Government delegation seeking Russian economic help under sanctions: a hard-currency loan and crude-oil supplies.',
    outcome:
      'Jamil met First Deputy Foreign Minister Andrei Denisov on 3 August; the oil minister said Moscow had agreed to supply crude oil, while the size of a Russian loan was left for the coming weeks.',
    sources: [
      {
        source: 'atlasinfo-delegation-syrienne-moscou-2012',
        locator:
          "final paragraphs ('M. Jamil s’était déjà entretenu avec le ministre russe des Affaires étrangères le 3 août à Moscou')",
      },
      {
        source: 'syriantelegraph-denisov-jamil-moscow-2012',
        locator: 'paragraphs 1–4 (met First Deputy FM Denisov on Friday 3 August; Russian Foreign Ministry statement)',
      },
      {
        source: 'youm7-damascus-seeks-hard-currency-loan-2012',
        locator:
          'paragraphs 1–3 (Friday press conference of Jamil, Finance Minister Jleilati and Oil Minister Hneidi in Moscow)',
      },
    ],
    confidence: 'verified',
    note: 'Atlasinfo says Jamil met the Russian foreign minister on 3 August; the Russian Foreign Ministry statement reported by Syrian Telegraph names First Deputy Foreign Minister Andrei Denisov.',
  },
  {
    id: 'visit-2013-02-25-sy-ru-walid-muallem',
    start: '2013-02-25',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['walid-muallem'],
    level: 'minister',
    purpose:
      'Official visit for talks with Lavrov on the Syrian crisis and on the safety of Russian citizens and diplomatic premises in Syria.',
    outcome:
      'The Russian Foreign Ministry restated its opposition to safe zones or corridors that would breach Syrian sovereignty; Muallem went on to Tehran.',
    sources: [
      {
        source: 'albahraintoday-muallem-moscow-2013',
        locator: 'whole item (visit begins today, Monday; Russian MFA statement)',
      },
      {
        source: 'djazairess-ennahar-muallem-moscow-2013',
        locator: 'whole item (visit begins Monday; then Iran)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2013-05-22-sy-ru-faisal-mekdad',
    start: '2013-05-22',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['faisal-mekdad'],
    level: 'minister',
    purpose:
      'Deputy Foreign Minister Mekdad flew from Beirut for talks with Lavrov on preparing the Geneva-2 conference that Lavrov and Kerry had proposed in Moscow on 7 May.',
    sources: [
      {
        source: 'okoplanet-ria-mekdad-arrives-moscow-2013',
        locator: 'paragraphs 1–3 (arrives Wednesday; meeting with Lavrov; Lavrov–Kerry initiative of 7 May)',
      },
      {
        source: 'mid-lavrov-mekdad-2013-05-22',
        locator: 'title and opening (Moscow, 22 May 2013)',
      },
    ],
    confidence: 'verified',
    note: "The reprint gives only 'Wednesday' after 7 May 2013; Mekdad was then deputy foreign minister.",
  },
  {
    id: 'visit-2013-07-25-sy-ru-qadri-jamil',
    start: '2013-07-25',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Qadri Jamil',
        role: 'Deputy Prime Minister for Economic Affairs',
      },
    ],
    level: 'minister',
    purpose:
      'Talks with Lavrov on a political settlement ahead of the proposed Geneva-2 conference and on a Russian loan.',
    outcome:
      'Lavrov said there was no military solution; Jamil said he expected agreement on a Russian loan by the end of the year.',
    sources: [
      {
        source: 'interpretermag-russian-american-initiative-2013',
        locator:
          "item of 29 July 2013 ('On July 25 … Lavrov met with a Syrian government delegation headed by Qadri Jamil')",
      },
      {
        source: 'alyaum-lavrov-qadri-jamil-2013',
        locator: "whole item (Lavrov's remarks to Jamil in Moscow; loan expected by year end)",
      },
    ],
    confidence: 'disputed',
    note: "The Interpreter calls Lavrov 'Prime Minister' in error. Jamil also visited Moscow at other times (e.g. a visit announced for 14 December 2012, syriadailynews), not recorded here.",
    conflicts: [
      {
        field: 'start',
        value: '2013-07-22',
        sources: [
          {
            source: 'aljazeera-russia-considers-loan-syria-2013',
            locator: "item dated 22 July 2013 and AFP photo caption ('meeting in Moscow, on July 22, 2013')",
          },
          {
            source: 'youm7-qadri-jamil-loan-moscow-2013',
            locator: 'paragraphs 1–2 (Jamil spoke in Moscow on Monday after meeting Lavrov; story dated 22 July 2013)',
          },
        ],
        note: 'Al Jazeera (with an AFP photograph) and Youm7 date the Lavrov–Jamil meeting to Monday 22 July 2013; The Interpreter gives 25 July.',
      },
    ],
  },
  {
    id: 'visit-2013-09-09-sy-ru-walid-muallem',
    start: '2013-09-09',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['walid-muallem'],
    level: 'minister',
    purpose:
      "Talks with Lavrov on 'all aspects of the situation in and around Syria' as the United States weighed strikes.",
    sources: [
      {
        source: 'russiainblogs-ria-muallem-to-visit-2013',
        locator: 'RIA Novosti text of 5 September 2013 (visit announced for Monday)',
      },
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
    note: "RIA Novosti's item of 5 September only announced the visit; NDTV and RFE/RL report the talks of 9 September.",
  },
  {
    id: 'visit-2013-09-17-ru-sy-sergei-ryabkov',
    start: '2013-09-17',
    end: '2013-09-18',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['sergei-ryabkov'],
    level: 'minister',
    purpose:
      "Talks with Foreign Minister Muallem, and an expected meeting with Assad, on the chemical-weapons disarmament plan after the UN inspectors' report on the 21 August Ghouta attack.",
    outcome:
      'Ryabkov said Syria had handed Russia material it said showed rebel involvement in the attack, and called the UN report politicised and one-sided.',
    sources: [
      {
        source: 'toledoblade-ap-syria-gives-russia-cw-evidence-2013',
        locator: 'paragraphs 1–4 (met al-Moallem Tuesday; Assad expected Wednesday)',
      },
      {
        source: 'sauress-alhayat-ryabkov-damascus-2013',
        locator: 'whole item',
      },
      {
        source: 'progressivegazette-ria-syria-hands-russia-proof-2013',
        locator: 'paragraphs 1–3 (Tuesday night after meeting Muallem in Damascus)',
      },
    ],
    confidence: 'verified',
    note: 'Deputy foreign minister, recorded at minister level as other deputy ministers are.',
  },
  {
    id: 'visit-2014-01-sy-ru-patriarch-john-x-of-antioch',
    start: '2014-01',
    end: '2014-01-30',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['patriarch-john-x-of-antioch'],
    level: 'delegation',
    purpose:
      'First official visit of the Damascus-based Patriarch of Antioch to the Russian Orthodox Church after his 2013 election.',
    outcome:
      "Seen off at Vnukovo by Metropolitan Hilarion and Syria's ambassador Riad Haddad; John X then thanked Patriarch Kirill and 'Russia, Church, government and people' for their solidarity with Syrians and raised the bishops kidnapped in Syria.",
    sources: [
      {
        source: 'mospat-it-john-x-visit-concluded-2014',
        locator: 'paragraphs 1-3 (visit ended 30 January 2014)',
      },
      {
        source: 'mospat-john-x-thanks-kirill-2014',
        locator: 'letter, paragraphs 2-5',
      },
    ],
    confidence: 'reported',
    note: 'Both pages are Moscow Patriarchate releases; the first day of the visit is not given in them.',
  },
  {
    id: 'visit-2014-01-16-sy-ru-walid-muallem',
    start: '2014-01-16',
    end: '2014-01-17',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['walid-muallem'],
    level: 'minister',
    purpose:
      "Final consultations before the Geneva II conference opening in Montreux on 22 January, including a three-way meeting with Lavrov and Iran's Zarif on 16 January.",
    outcome:
      'On 17 January Muallem said he had handed Lavrov a plan for a ceasefire in Aleppo and that Damascus was ready to exchange detainees with rebels.',
    sources: [
      {
        source: 'reuters-syria-hands-aleppo-ceasefire-plan-2014',
        locator: 'paragraphs 1–4 and 7 (Friday news conference; talks with Moualem and Zarif on Thursday)',
      },
      {
        source: 'guardian-syria-ceasefire-aleppo-geneva-2014',
        locator: 'paragraphs 1–5',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2014-01-19-ru-sy-dmitry-sablin',
    start: '2014-01-19',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['dmitry-sablin'],
    level: 'delegation',
    purpose: 'Delegation of State Duma and Federation Council members received by Assad.',
    outcome:
      'The Russian MPs offered to observe the presidential election due that year; talks also covered counter-terrorism and bilateral cooperation.',
    sources: [
      {
        source: 'masress-elmogaz-sablin-election-monitors-2014',
        locator: 'whole item (Assad received the delegation on 19 January)',
      },
    ],
    confidence: 'reported',
    note: "Year from the item's reference to the presidential election due 'this year' (held June 2014); a Fars News item of October 2015 also says Russian parliamentarians first visited Syria and met Assad in January 2014.",
  },
  {
    id: 'visit-2014-05-ru-sy-dmitry-rogozin',
    start: '2014-05',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['dmitry-rogozin'],
    level: 'minister',
    purpose:
      "Deputy Prime Minister Rogozin led the Russian side at a session of the intergovernmental commission on trade, economic, scientific and technical cooperation, on the eve of Syria's presidential election.",
    outcome:
      'Met Assad and Prime Minister Wael al-Halqi; several intergovernmental documents were initialled in Damascus.',
    sources: [
      {
        source: 'ria-rogozin-sochi-commission-2014',
        locator: 'paragraph 3 (commission session in May; Rogozin visited Syria and met Assad and al-Halqi)',
      },
      {
        source: 'sochinews-commission-ended-sochi-2014',
        locator:
          'paragraphs 1–2 (co-chairs met in May on the eve of the presidential election; documents initialled in Damascus)',
      },
      {
        source: 'kommersant-rogozin-next-commission-damascus-2015',
        locator: 'whole item (Rogozin: session held in Damascus in the spring)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2014-11-26-sy-ru-walid-muallem',
    start: '2014-11-26',
    end: '2014-11-27',
    from: 'SY',
    to: 'RU',
    city: 'Sochi',
    visitors: [
      'walid-muallem',
      'faisal-mekdad',
      {
        name: 'Bouthaina Shaaban',
        role: 'Presidential Political and Media Advisor',
      },
    ],
    level: 'minister',
    purpose:
      "Two-day working visit at Lavrov's invitation; Russia wanted to offer Moscow as a venue for intra-Syrian contacts.",
    outcome:
      "Putin received Muallem, his first meeting with a top Syrian envoy since the war began; Muallem said Putin affirmed Russia's determination to cooperate with Assad against terrorism.",
    sources: [
      {
        source: 'ahram-putin-hosts-syria-fm-2014',
        locator: 'AFP, Wednesday 26 Nov 2014, paragraphs 1–4',
      },
      {
        source: 'syrianobserver-fm-arrives-russia-2014',
        locator: 'whole item (arrived Wednesday in Sochi, two-day visit; delegation list)',
      },
      {
        source: 'dogma-sana-moallem-putin-2014',
        locator: 'SANA, Sochi, 27/11/2014 (Putin met al-Moallem on Wednesday)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2014-12-10-ru-sy-mikhail-bogdanov',
    start: '2014-12-10',
    end: '2014-12-11',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['mikhail-bogdanov'],
    level: 'minister',
    purpose:
      "Putin's Middle East envoy came after meeting opposition figures in Istanbul and Beirut, to prepare talks between the government and the opposition in Moscow.",
    outcome:
      "Assad received him and an oral message from Putin and said Syria would deal positively with Russia's efforts toward a political solution.",
    sources: [
      {
        source: 'almonitor-after-damascus-talks-moscow-pressures-syria-2014',
        locator: 'standfirst and paragraphs 1–3 (visit of 10–11 December; photo caption 10 December)',
      },
      {
        source: 'unint-sana-assad-meets-bogdanov-2014',
        locator: 'SANA, Wednesday 10 December 2014, paragraphs 1–4',
      },
    ],
    confidence: 'verified',
    note: 'Deputy foreign minister and presidential special envoy, recorded at minister level.',
  },
  {
    id: 'visit-2015-01-28-sy-ru-syrian-government-delegation',
    start: '2015-01-28',
    end: '2015-01-29',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Bashar al-Jaafari',
        role: 'Permanent Representative to the UN, head of the government delegation',
      },
    ],
    level: 'delegation',
    purpose:
      "Government delegation to the first inter-Syrian consultative meeting ('Moscow-1') hosted by the Russian Foreign Ministry, 26–29 January, joining the opposition on its last two days.",
    outcome:
      "For the first time government, opposition and civil-society figures sat at one table; moderator Vitaly Naumkin read out agreed 'Moscow principles' but no joint document was signed.",
    sources: [
      {
        source: 'mid-naumkin-inter-syrian-moscow-meeting-2015',
        locator: 'paragraphs 1–3 (meeting of 26–29 January; government representatives at the same table)',
      },
      {
        source: 'alwasatnews-moscow-consultations-begin-2015',
        locator: 'paragraphs 1–4 (government delegation to join on Wednesday)',
      },
      {
        source: 'sana-fa-moscow-meeting-jaafari-2015',
        locator: 'paragraphs 2–4 (government delegation Wednesday and Thursday, headed by al-Jaafari)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2015-03-21-ru-sy-russian-foreign-ministry-envoys',
    start: '2015-03-21',
    end: '2015-03-22',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      {
        name: 'Azamatulla Kulmukhametov',
        role: 'Russian special envoy, on a Foreign Ministry mission',
      },
      {
        name: 'Vitaly Naumkin',
        role: 'Director of the Institute of Oriental Studies, moderator of the Moscow consultations',
      },
    ],
    level: 'delegation',
    purpose: 'Foreign Ministry mission to prepare the second round of intra-Syrian consultations in Moscow.',
    outcome: 'The Syrian side said it would take a constructive part in the next Moscow meeting, set for 6–9 April.',
    sources: [
      {
        source: 'sana-he-moscow-second-round-preparations-2015',
        locator: 'item of 24 March 2015, paragraphs 1–3 (visit of 21–22 March)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-2015-04-06-sy-ru-syrian-government-delegation',
    start: '2015-04-06',
    end: '2015-04-09',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Bashar al-Jaafari',
        role: 'Permanent Representative to the UN, head of the government delegation',
      },
    ],
    level: 'delegation',
    purpose:
      "Government delegation to the second round of intra-Syrian consultations ('Moscow-2') with domestic opposition figures at the Foreign Ministry's congress centre.",
    outcome:
      'Four days of talks ended without clear progress; opposition leader Qadri Jamil said a further Moscow round could only follow a third Geneva conference.',
    sources: [
      {
        source: 'sana-he-moscow-second-round-preparations-2015',
        locator: 'paragraph 1 (second round set for 6–9 April)',
      },
      {
        source: 'zeynebiye-moskova-suriye-toplantisi-2015',
        locator: 'paragraphs 1–3 (second day; delegation headed by Beşar el Caferi)',
      },
      {
        source: 'arabpress-siria-conclusi-negoziati-mosca-2015',
        locator: 'whole item (four days of talks concluded)',
      },
    ],
    confidence: 'verified',
    note: "The Zeynebiye and Arabpress pages print no date; the 6–9 April dates come from SANA's announcement.",
  },
  {
    id: 'visit-2015-06-29-sy-ru-walid-muallem',
    start: '2015-06-29',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['walid-muallem'],
    level: 'minister',
    purpose:
      'Talks with Lavrov, then a meeting with Putin at the Kremlin on the situation in Syria and the fight against terrorism.',
    outcome:
      "Putin said Russia's policy of supporting Syria, its government and people was unchanged and urged regional states to unite against the Islamic State.",
    sources: [
      {
        source: 'kremlin-meeting-moualem-2015',
        locator: "heading 'June 29, 2015, The Kremlin, Moscow' and transcript",
      },
      {
        source: 'ap-putin-urges-fight-is-backs-assad-2015',
        locator: 'AP, Jun 29, paragraphs 1–4',
      },
      {
        source: 'interia-putin-syryjczycy-zwyciestwo-2015',
        locator: 'paragraph 1',
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
    purpose:
      'Unannounced working visit three weeks into the Russian air campaign — his first trip abroad since the war began in 2011.',
    outcome:
      'Talks with Putin, joined by Russian military leaders (Lavrov and Shoigu attended); Putin pledged continued support and a political process; the visit was announced on 21 October after Assad had returned.',
    sources: [
      {
        source: 'bellenews-2015-assad-meets-putin',
        locator:
          "paragraphs 1 and 6 ('The visit happened on October 20, but was not announced until October 21'); text: 'The visit happened on October 20, but was not announced until October 21'",
      },
      {
        source: 'newpan-assad-talks-crisis-putin-2015',
        locator: "BBC text: Peskov, 'working visit … on Tuesday, October 20 evening'",
      },
      {
        source: 'ibtimes-assad-visits-putin-moscow-2015',
        locator: 'paragraphs 1–3 (20 October; requested by Russia; one-hour private talk)',
      },
      {
        source: 'newsweek-assad-meets-putin-first-foreign-visit-2015',
        locator: 'paragraphs 1–2 (Lavrov and Shoigu attended)',
      },
      {
        source: 'politicit-assad-surprise-visit-moscow-2015',
        locator: 'whole item',
      },
      {
        source: 'dailysabah-2015-assad-meets-putin-moscow',
        locator:
          "paragraphs 1–3 (Peskov: 'yesterday evening… a working visit to Moscow'; back in Damascus on Wednesday)",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2015-10-23-ru-sy-dmitry-sablin',
    start: '2015-10-23',
    end: '2015-10-25',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      'dmitry-sablin',
      {
        name: 'Sergei Gavrilov',
        role: 'State Duma deputy',
      },
      {
        name: 'Alexander Yushchenko',
        role: 'State Duma deputy (Communist Party)',
      },
    ],
    level: 'delegation',
    purpose: 'Parliamentary and humanitarian mission three weeks into the Russian air campaign.',
    outcome:
      'Met Speaker Mohammad Jihad al-Laham on 24 October and Assad on 25 October; the deputies said Assad was ready for parliamentary elections, constitutional change and, if Syrians wished, a presidential election.',
    sources: [
      {
        source: 'noticiabrasil-sputnik-assad-eleicoes-2015',
        locator: 'paragraphs 1–3 and last (meeting Sunday 25th; arrived Friday 23rd, led by Sablin)',
      },
      {
        source: 'masress-elbalad-reuters-russian-mps-laham-2015',
        locator: 'paragraph 1 (met al-Laham Saturday 24 October)',
      },
      {
        source: 'djazairess-elkhabar-assad-russian-mps-2015',
        locator: 'whole item (Yushchenko to TASS)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2016-01-28-sy-ru-fahd-jassem-al-freij',
    start: '2016-01-28',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['fahd-jassem-al-freij'],
    level: 'minister',
    purpose: 'Surprise meeting with Defence Minister Shoigu on the eve of the Geneva peace talks.',
    outcome:
      'The ministers reviewed the results of the Russian air operation and agreed to expand military and military-technical cooperation.',
    sources: [
      {
        source: 'zondnews-shoigu-freij-2016',
        locator: 'item dated 28 Jan 2016 (RIA Novosti, Russian MoD)',
      },
      {
        source: 'microsyria-freij-moscow-2016',
        locator: "item 'وزير دفاع النظام السوري يصل موسكو' (met Shoigu on Thursday in Moscow)",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2016-06-18-ru-sy-sergei-shoigu',
    start: '2016-06-18',
    from: 'RU',
    to: 'SY',
    city: 'Damascus; Hmeimim air base',
    visitors: ['sergei-shoigu'],
    level: 'minister',
    purpose: "Unannounced visit on Putin's instruction.",
    outcome:
      'Met Assad on military-technical cooperation and the fight against insurgents, and inspected Hmeimim and its S-400 battery.',
    sources: [
      {
        source: 'reuters-uk-assad-meets-shoigu-2016',
        locator: 'Reuters, Amman, June 18 (state TV on Saturday; MoD confirmed)',
      },
      {
        source: 'iranproject-shoigu-meets-assad-2016',
        locator: 'paragraphs 1–4 (MoD statement released Saturday)',
      },
      {
        source: 'ru24-shoigu-asad-2016',
        locator: "whole item ('в минувшую субботу'; Hmeimim and S-400)",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2016-10-28-sy-ru-walid-muallem',
    start: '2016-10-28',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['walid-muallem'],
    level: 'minister',
    purpose:
      'Trilateral meeting of the Russian, Iranian and Syrian foreign ministers on the Syrian situation and counter-terrorism.',
    outcome:
      'Lavrov said the three would work against the terrorist groups; Russia and Iran agreed to widen economic aid to Syria.',
    sources: [
      {
        source: 'cri-it-trilaterale-mosca-2016',
        locator: "whole item ('Il 28 ottobre, a Mosca …')",
      },
      {
        source: 'newsfront-russia-iran-syria-fms-2016',
        locator: 'item of 28 October 2016 (trilateral meeting on Friday)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2016-11-22-ru-sy-dmitry-rogozin',
    start: '2016-11-22',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['dmitry-rogozin'],
    level: 'minister',
    purpose:
      'Deputy Prime Minister Rogozin, who oversaw the defence industry, held talks with the Syrian leadership, economic issues included.',
    outcome:
      'Met Assad, Prime Minister Imad Khamis and Foreign Minister al-Muallem; Rogozin wrote that victory over the terrorists also depended on the economy.',
    sources: [
      {
        source: 'interfax-rogozin-talks-damascus-assad-2016',
        locator: "paragraphs 1–3 (Interfax-AVN, 22 November 2016, quoting Rogozin's Twitter)",
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-2016-12-ru-sy-konstantin-kosachev',
    start: '2016-12',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      {
        name: 'Konstantin Kosachev',
        role: 'Chair of the Federation Council International Affairs Committee',
      },
    ],
    level: 'delegation',
    purpose: 'Federation Council members travelling with a group of European Parliament deputies.',
    outcome:
      'They discussed with Assad the nationwide ceasefire due to start at midnight on 30 December, which Kosachev said Assad firmly supported.',
    sources: [
      {
        source: 'zelv-tass-kosachev-meps-assad-truce-2016',
        locator:
          "paragraphs 1–3 (Kosachev to TASS: talks with Assad 'today' on the coming truce from midnight 30 December)",
      },
      {
        source: 'pikbg-tass-russian-european-mps-assad-truce-2016',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'reported',
    note: 'Both pages carry the same TASS report, so they count as one source; it places the meeting just before the ceasefire of 30 December 2016 without printing the day.',
  },
  {
    id: 'visit-2017-02-06-ru-sy-dmitry-sablin',
    start: '2017-02-06',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      'dmitry-sablin',
      {
        name: 'Sergei Gavrilov',
        role: 'chair of the State Duma committee on public and religious associations',
      },
      {
        name: 'Alexander Yushchenko',
        role: 'State Duma deputy',
      },
    ],
    level: 'delegation',
    purpose: 'Duma delegation with Russian doctors, ahead of the Geneva talks and after the Astana ceasefire.',
    outcome:
      'Met Assad and Speaker Hadiya Abbas, visited Aleppo and Hmeimim, and invited Syrian MPs to Russia in April.',
    sources: [
      {
        source: 'armenpress-duma-lawmakers-arrive-syria-2017',
        locator: 'paragraphs 1–3 (arrived 6 February, RIA Novosti)',
      },
      {
        source: 'rusreality-tass-duma-invite-syrian-colleagues-2017',
        locator: 'paragraphs 2–4 (arrived 6 February; Aleppo, Hmeimim, Abbas, Assad)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2017-03-20-ru-sy-vladimir-vasilyev',
    start: '2017-03-20',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      {
        name: 'Vladimir Vasilyev',
        role: 'Deputy Chair of the State Duma',
      },
      {
        name: 'Leonid Slutsky',
        role: 'Chair of the State Duma International Affairs Committee',
      },
    ],
    level: 'delegation',
    purpose:
      'Duma delegation of all four factions, organised by the Russian side, travelling with PACE President Pedro Agramunt and about ten European MPs.',
    outcome:
      'The delegation met Assad for about three hours; the PACE Bureau later withdrew its confidence from Agramunt over the trip, which the Assembly had not authorised.',
    sources: [
      {
        source: 'uawire-agramunt-duma-delegation-syria-2017',
        locator: 'paragraphs 1–4 (arrived in Syria on 20 March, per Channel One)',
      },
      {
        source: 'tvc-assad-three-hours-duma-pace-2017',
        locator: 'whole item (three-hour meeting; delegation headed by Vasilyev, per Interfax)',
      },
      {
        source: 'rusreality-ria-duma-pace-assad-2017',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'rusreality-tass-pace-no-confidence-agramunt-2017',
        locator:
          'paragraphs 1 and 4–5 (PACE Bureau vote of no confidence; delegation headed by Vasilyev visited in March)',
      },
    ],
    confidence: 'verified',
    note: 'No source read gives the day of the meeting with Assad; 20 March is the day of arrival.',
  },
  {
    id: 'visit-2017-04-13-sy-ru-walid-muallem',
    start: '2017-04-13',
    end: '2017-04-14',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['walid-muallem'],
    level: 'minister',
    purpose:
      "Bilateral talks with Lavrov and a trilateral meeting with Iran's Zarif after the US missile strike on Shayrat.",
    outcome:
      'The three ministers called the US strike an aggression and demanded an impartial investigation of the Khan Sheikhoun chemical attack.',
    sources: [
      {
        source: 'tishreen-trilateral-moscow-2017',
        locator: "paragraphs 1–3 (bilateral meeting 'yesterday', then tripartite meeting)",
      },
      {
        source: 'cri-fil-lavrov-zarif-muallem-2017',
        locator: 'paragraph 1 (Friday, April 14, 2017)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2017-06-27-ru-sy-valery-gerasimov',
    start: '2017-06-27',
    from: 'RU',
    to: 'SY',
    city: 'Hmeimim air base (Latakia)',
    visitors: ['valery-gerasimov'],
    level: 'military',
    purpose: 'Working visit to Syria by the chief of the Russian General Staff.',
    outcome:
      'Met Assad at Hmeimim on coordinating Syrian ground operations with Russian air support against Islamic State and Jabhat al-Nusra and on the de-escalation-zone ceasefire, and showed him the Su-35 and other equipment at the base.',
    sources: [
      {
        source: 'uawire-syrian-president-visited-russian-airbase-2017',
        locator: 'paragraphs 1–4 (Russian Defence Ministry statement)',
      },
      {
        source: 'peopledaily-ar-assad-hmeimim-gerasimov-2017',
        locator: 'dateline 27 June 2017 (Tuesday), paragraphs 1–4',
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
    purpose: "Working visit on Putin's instruction after the siege of Deir ez-Zor was broken.",
    outcome: 'Talks with Assad on military-technical cooperation, de-escalation zones and humanitarian aid.',
    sources: [
      {
        source: 'egypttoday-2017-shoigu-talks-assad',
        locator:
          "TASS quoting the Foreign Ministry: 'on September 12'; TASS, quoting the Foreign Ministry: working visit to Damascus on September 12",
      },
      {
        source: 'yahoo-2017-reuters-shoigu-assad-damascus',
        locator: 'Reuters: met Assad in Damascus on Tuesday; Reuters: met Assad in Damascus on Tuesday (12 September)',
      },
    ],
    confidence: 'verified',
    note: 'Shoigu was defence minister.',
  },
  {
    id: 'visit-2017-10-sy-ru-hammouda-sabbagh',
    start: '2017-10',
    from: 'SY',
    to: 'RU',
    city: 'St Petersburg',
    visitors: ['hammouda-sabbagh'],
    level: 'delegation',
    purpose: "Led Syria's delegation to the 137th Assembly of the Inter-Parliamentary Union.",
    outcome:
      'Met Federation Council Chair Valentina Matviyenko, who pledged continued Russian support against terrorism.',
    sources: [
      {
        source: 'sana-sabbagh-matviyenko-st-petersburg-2017',
        locator: "paragraphs 1–5 (assembly opening 'this evening')",
      },
    ],
    confidence: 'reported',
    note: "The page prints no date; the IPU's 137th Assembly was held in St Petersburg in October 2017.",
  },
  {
    id: 'visit-2017-11-20-sy-ru-bashar-al-assad',
    start: '2017-11-20',
    from: 'SY',
    to: 'RU',
    city: 'Sochi',
    visitors: ['bashar-al-assad'],
    level: 'head-of-state',
    purpose: 'Working visit on the end of the military operation and the political settlement.',
    outcome:
      'Putin said the military operation was coming to an end and introduced Assad to the Defence Ministry and General Staff leadership; the visit was made public on 21 November.',
    sources: [
      {
        source: 'tass-2017-putin-assad-sochi',
        locator:
          "Kremlin statement: 'On November 20, talks took place …'; Kremlin statement: 'On November 20, talks took place… who made a working visit to Russia'",
      },
      {
        source: 'reuters-2017-putin-hosts-assad',
        locator: 'text (talks in Sochi on Monday); text: talks in Sochi on Monday (20 November)',
      },
      {
        source: 'metronews-assad-travels-to-russia-2017',
        locator: 'AP text (bilateral talks on Monday, then military chiefs; second trip since Oct 2015)',
      },
      {
        source: 'kp-yakutia-putin-asad-sochi-2017',
        locator: 'item of 21 November 2017',
      },
      {
        source: 'peopledaily-ar-assad-sochi-2017',
        locator: 'item of 21 November 2017 citing SANA',
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
    visitors: ['vladimir-putin'],
    level: 'head-of-state',
    purpose: "Unannounced stop at the Russian air base on the way to Egypt and Turkey — Putin's first visit to Syria.",
    outcome:
      'Met by Assad, Shoigu and General Surovikin; Putin ordered a significant part of the Russian contingent home and met Assad.',
    sources: [
      {
        source: 'interfax-putin-prilotel-hmeimim-2017',
        locator: 'item of 11 December (arrived Monday; met by Assad, Shoigu, Surovikin)',
      },
      {
        source: 'portalkultura-putin-prikazal-vyvodit-2017',
        locator: 'item of 11.12.2017',
      },
      {
        source: 'arabicpost-putin-hmeimim-2017',
        locator: 'paragraphs 1–5 (visit lasted only hours)',
      },
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
    note: 'Shoigu was at the base to greet Putin; the sources do not say he flew with him.',
  },
  {
    id: 'visit-2018-01-11-ru-sy-alexander-lavrentiev',
    start: '2018-01-11',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['alexander-lavrentiev'],
    level: 'minister',
    purpose:
      'Talks with Assad on counter-terrorism, the Astana process and the Syrian National Dialogue Congress due in Sochi at the end of January.',
    outcome: "Lavrentiev said Russian economic sectors were ready to take part in Syria's reconstruction.",
    sources: [
      {
        source: 'presstv-assad-lavrentiev-2018-01',
        locator: 'paragraphs 1–3 and 7–8 (received Thursday, per SANA)',
      },
    ],
    confidence: 'reported',
    note: 'Presidential special envoy, recorded at minister level as other envoys are. The item of 12 January dates the meeting to Thursday, 11 January 2018.',
  },
  {
    id: 'visit-2018-03-22-ru-sy-dmitry-sablin',
    start: '2018-03-22',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['dmitry-sablin'],
    level: 'delegation',
    purpose:
      'Duma delegation bringing humanitarian aid for people leaving Eastern Ghouta, generators for schools in Deir ez-Zor and wheelchairs for wounded soldiers.',
    outcome:
      "Met Speaker Hammouda Sabbagh, who thanked the Duma for inviting Syrian MPs to follow Russia's presidential election.",
    sources: [
      {
        source: 'parliament-sy-sabbagh-meets-russian-delegation-2018',
        locator: 'item of Thursday 22 March 2018',
      },
      {
        source: 'sana-sabbagh-sablin-2018',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'reported',
    note: "The People's Assembly site and SANA carry the same official text, so they count as one source.",
  },
  {
    id: 'visit-2018-04-11-ru-sy-dmitry-sablin',
    start: '2018-04-11',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['dmitry-sablin'],
    level: 'delegation',
    purpose:
      'Duma delegation to meet Syrian leaders and businessmen and deliver humanitarian aid, days before the US, British and French strikes.',
    outcome: 'On arrival Sablin denied reports that Assad and his family had left the country.',
    sources: [
      {
        source: 'newsobservatory-russian-delegation-assad-2018',
        locator: 'paragraphs 1–5 (arrived Wednesday 11 April 2018)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-2018-05-17-sy-ru-bashar-al-assad',
    start: '2018-05-17',
    from: 'SY',
    to: 'RU',
    city: 'Sochi',
    visitors: ['bashar-al-assad'],
    level: 'head-of-state',
    purpose: "Working visit on the political process after the government's military gains.",
    outcome:
      'Assad said he would send a delegation to the UN on the constitutional committee; Putin said foreign armed forces should leave Syria.',
    sources: [
      {
        source: 'turan-putin-asad-sochi-2018',
        locator: "whole item ('в четверг, 17 мая'; Peskov: working visit)",
      },
      {
        source: 'sochinews-putin-asad-vyvod-2018',
        locator: "paragraphs 1–3 ('Накануне, 17 мая')",
      },
      {
        source: 'cyberlego-reuters-assad-flies-sochi-2018',
        locator: "Reuters text (talks on Thursday at Putin's Black Sea residence)",
      },
      {
        source: 'actualno-putin-asad-sochi-2018',
        locator: 'paragraphs 1–3',
      },
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
    id: 'visit-2018-05-23-ru-sy-alexander-lavrentiev',
    start: '2018-05-23',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['alexander-lavrentiev'],
    level: 'minister',
    purpose: "Follow-up to Assad's meeting with Putin in Sochi on 17 May, on the political process.",
    outcome:
      "Lavrentiev said the Sochi meeting had given fresh impetus to bilateral relations and urged international backing for the Syrian government's political steps.",
    sources: [
      {
        source: 'tass-russian-envoy-talks-assad-2018-05',
        locator: 'dateline Moscow, May 23; paragraphs 1–4 (talks on Wednesday, per SANA)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-2018-08-30-sy-ru-walid-muallem',
    start: '2018-08-30',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['walid-muallem'],
    level: 'minister',
    purpose:
      'Talks with Lavrov on Idlib, refugee return and the Geneva talks, within the framework of the intergovernmental commission.',
    outcome:
      "Lavrov warned the West 'not to play with fire' in Idlib and said Russia was ready to increase its contribution to reconstruction.",
    sources: [
      {
        source: 'sputnik-muallem-lavrov-moscow-2018',
        locator: 'item of 30 August 2018',
      },
      {
        source: 'tass-damascus-reconcile-idlib-2018',
        locator: 'TASS, Moscow, August 30 (Lavrov on Thursday after talks with Muallem)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2018-10-19-ru-sy-alexander-lavrentiev',
    start: '2018-10-19',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['alexander-lavrentiev'],
    level: 'minister',
    purpose:
      'Briefed Assad on his regional tour, which included Saudi Arabia and Qatar, and on forming the constitutional committee.',
    outcome: 'Both sides discussed the return of refugees, which Assad called a government priority.',
    sources: [
      {
        source: 'southfront-assad-meets-lavrentiev-2018-10',
        locator: 'paragraphs 1–4 (On October 19, per SANA)',
      },
      {
        source: 'masress-shorouk-lavrentiev-assad-2018',
        locator: 'whole item (presidency statement; met today, Friday)',
      },
    ],
    confidence: 'verified',
    note: 'Neither page prints the year; 19 October fell on a Friday in 2018, the day Al-Shorouk gives, and the constitutional committee was then still being formed.',
  },
  {
    id: 'visit-2018-12-12-ru-sy-yuri-borisov',
    start: '2018-12-12',
    end: '2018-12-14',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['yuri-borisov'],
    level: 'minister',
    purpose:
      'Deputy Prime Minister Borisov led a large government and business delegation to the 11th session of the joint intergovernmental commission.',
    outcome:
      "Signed the session's protocol with al-Muallem, together with a framework agreement on a road map for trade and industrial cooperation.",
    sources: [
      {
        source: 'sana-ru-11th-commission-damascus-2018',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'hawaalsham-11th-session-commission-2018',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'alnnour-11th-session-protocol-2018',
        locator: 'paragraph 1',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2019-02-sy-ru-bouthaina-shaaban',
    start: '2019-02',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['bouthaina-shaaban'],
    level: 'delegation',
    purpose: "Attended the Valdai Discussion Club's eighth Middle East conference in Moscow.",
    outcome:
      'Lavrov briefed her on the Sochi summit of the Astana guarantors of 14 February; she told Reuters Kurdish self-rule would mean partitioning Syria.',
    sources: [
      {
        source: 'syriapress-lavrov-shaaban-moscow-2019',
        locator: 'paragraphs 1–3 (met Lavrov on Thursday; Russian MFA statement)',
      },
    ],
    confidence: 'reported',
    note: 'The source dates the Lavrov meeting only as a Thursday after the 14 February summit.',
  },
  {
    id: 'visit-2019-03-19-ru-sy-sergei-shoigu',
    start: '2019-03-19',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['sergei-shoigu'],
    level: 'minister',
    purpose: "Working trip on Putin's instruction to deliver a message from Putin to Assad.",
    outcome: 'Talks on counter-terrorism, regional security, post-conflict settlement and refugee return.',
    sources: [
      {
        source: 'interfax-shoigu-damask-poslanie-2019',
        locator: 'Interfax, 19 March (MoD statement)',
      },
      {
        source: 'dailystorm-bort-shoigu-2019',
        locator: "paragraphs 1–2 ('19 марта')",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2019-04-19-ru-sy-yuri-borisov',
    start: '2019-04-19',
    end: '2019-04-20',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      'yuri-borisov',
      'alexander-lavrentiev',
      {
        name: 'Sergey Vershinin',
        role: 'Deputy Foreign Minister',
      },
    ],
    level: 'minister',
    purpose:
      "Talks with Assad on trade, the political process and Russian use of Tartus port amid Syria's fuel crisis.",
    outcome:
      'Borisov said he expected a contract handing Tartus port to Russia for 49 years to be signed within a week.',
    sources: [
      {
        source: 'eaworldview-assad-hosts-russians-2019',
        locator: "photo caption 'Damascus, Syria, April 20, 2019' and paragraphs 1–3 ('on Friday and Saturday')",
      },
      {
        source: 'wprost-rosja-syria-2019',
        locator: 'paragraph 1 (weekend meetings in Damascus; Tartus for 49 years)',
      },
      {
        source: 'trthaber-tartus-49-yil-2019',
        locator: "paragraphs 1–2 (Borisov's statement after meeting Assad)",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2019-06-20-ru-sy-alexander-lavrentiev',
    start: '2019-06-20',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      'alexander-lavrentiev',
      {
        name: 'Sergey Vershinin',
        role: 'Deputy Foreign Minister',
      },
    ],
    level: 'minister',
    purpose:
      'Talks with Assad on the Idlib de-escalation zone and the pending formation of the constitutional committee.',
    sources: [
      {
        source: 'urdupoint-sputnik-russian-delegation-assad-idlib-2019',
        locator: 'paragraphs 1–3 (Thursday 20 June 2019, Russian Foreign Ministry statement)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-2019-10-18-ru-sy-alexander-lavrentiev',
    start: '2019-10-18',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      'alexander-lavrentiev',
      {
        name: 'Sergey Vershinin',
        role: 'Deputy Foreign Minister',
      },
    ],
    level: 'minister',
    purpose:
      "Talks with Assad on Turkey's offensive in the north-east and on preparing the first session of the constitutional committee.",
    outcome:
      "Assad called for ending the 'Turkish aggression' and the withdrawal of US and other foreign forces; the Russian side stressed Syria's territorial integrity and Damascus regaining control of its borders.",
    sources: [
      {
        source: 'urdupoint-sputnik-assad-russian-delegation-constitutional-2019',
        locator: "paragraphs 1–5 (Assad's press service, Friday 18 October 2019)",
      },
      {
        source: 'elnashra-lavrentiev-assad-constitutional-committee-2019',
        locator: 'whole item (Russian Foreign Ministry: launch of the committee, tension in the north-east)',
      },
    ],
    confidence: 'verified',
    note: "El Nashra prints no date; its account matches Sputnik's of 18 October 2019.",
  },
  {
    id: 'visit-2019-12-16-ru-sy-yuri-borisov',
    start: '2019-12-16',
    end: '2019-12-17',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['yuri-borisov'],
    level: 'minister',
    purpose:
      'Two-day visit before the intergovernmental commission on the operation of Tartus port and Syrian farm exports to Russia.',
    outcome:
      'Borisov said he discussed oil with Assad and predicted all Syrian oil wells would return to the state; sanctions were named the main obstacle.',
    sources: [
      {
        source: 'debka-russian-dep-pm-damascus-2019',
        locator: 'item dated 2019-12-16 (Monday began a two-day visit)',
      },
      {
        source: 'almasdar-borisov-oil-fields-2019',
        locator: 'item dated 2019-12-17',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2019-12-23-sy-ru-walid-muallem',
    start: '2019-12-23',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['walid-muallem'],
    level: 'minister',
    purpose:
      'Talks with Lavrov and participation in the 12th session of the Russian–Syrian intergovernmental commission, scheduled for 23–24 December; its protocol was signed on 25 December.',
    sources: [
      {
        source: 'watsupeurope-lavrov-muallem-moscow-2019',
        locator: 'item dated 2019-12-23',
      },
      {
        source: 'urdupoint-sputnik-ministers-cochair-panel-2019',
        locator: 'paragraphs 1–2 (ministers meet Monday 23 December; commission sits through Tuesday)',
      },
      {
        source: 'alwafd-commission-moscow-borisov-muallem-2019',
        locator: 'whole item (closed session on Wednesday in Moscow co-chaired by al-Muallem; protocol signed)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2020-sy-ru-mansour-azzam',
    start: '2020',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Mansour Azzam',
        role: 'Minister of Presidential Affairs',
      },
    ],
    level: 'minister',
    purpose:
      'Follow-up to the September 2020 Damascus visit of Deputy Prime Minister Borisov and Foreign Minister Lavrov, to complete the agreed cooperation plans in trade, agriculture, industry, energy, transport and water.',
    outcome:
      'Met Borisov, with Industry and Trade Minister Kalamanov (as SANA names him), Deputy Foreign Minister Bogdanov and Deputy Energy Minister Sorokin, and held working sessions with several Russian ministries.',
    sources: [
      {
        source: 'sana-azzam-borisov-moscow-2020',
        locator: 'paragraphs 1–4 (met Borisov on Thursday)',
      },
      {
        source: 'sana-he-azzam-delegation-moscow-2020',
        locator:
          'paragraphs 1–3 (working meeting at the Ministry of Economic Development; reference to the recent Borisov–Lavrov visit)',
      },
    ],
    confidence: 'reported',
    note: "Both pages are SANA's and print no date; the year follows from their reference to the recent Borisov–Lavrov visit of 7 September 2020.",
  },
  {
    id: 'visit-2020-01-07-ru-sy-vladimir-putin',
    start: '2020-01-07',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['vladimir-putin'],
    level: 'head-of-state',
    purpose: 'Surprise visit on Orthodox Christmas to the Russian forces — his first visit to Damascus.',
    outcome:
      "Met Assad at the Russian forces' command centre, heard a military briefing, and toured the Umayyad Mosque and the Mariamite Cathedral with him.",
    sources: [
      {
        source: 'syriatimes-2020-putin-damascus',
        locator:
          "paragraphs 1–7 ('On January 7 …'); text: 'On January 7, Russian President Vladimir Putin arrived in Damascus'",
      },
      {
        source: 'mia-putin-surprise-christmas-damascus-2020',
        locator: 'dpa, Damascus, 7 January 2020',
      },
      {
        source: 'eagle-putin-visits-syria-2020',
        locator: "paragraphs 1–3 (Peskov: landed at the city's airport)",
      },
      {
        source: 'almanar-putin-damascus-2020',
        locator: 'item dated 2020-01-07 citing SANA',
      },
      {
        source: 'rferl-2020-putin-visits-damascus',
        locator: "text: 'It was Putin's first visit to Damascus and only his second visit to Syria'",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'city',
        value: 'Hmeimim air base, then Damascus',
        sources: [
          {
            source: 'voltairenet-putin-visits-damascus-2020',
            locator: "paragraphs 1–2 ('arrived at the Russia-operated Hmeimim Air Base … He headed next to Damascus')",
          },
        ],
        note: 'Voltaire Network says Putin first landed at Hmeimim, where Assad, Shoigu and Surovikin met him. The Kremlin spokesman, as quoted by Eagle Online, says he landed at Damascus airport.',
      },
    ],
  },
  {
    id: 'visit-2020-03-ru-sy-sergei-shoigu',
    start: '2020-03',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['sergei-shoigu'],
    level: 'minister',
    purpose: "Talks with Assad on Putin's behalf about the Idlib ceasefire, humanitarian aid and economic recovery.",
    sources: [
      {
        source: 'newsfront-de-shoigu-assad-2020',
        locator: 'item of 23 March 2020 (URL date)',
      },
    ],
    confidence: 'reported',
    note: 'Only the month is given: the single source is dated 23 March 2020 but does not give the day of the visit.',
  },
  {
    id: 'visit-2020-07-29-ru-sy-alexander-lavrentiev',
    start: '2020-07-29',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      'alexander-lavrentiev',
      {
        name: 'Sergey Vershinin',
        role: 'Deputy Foreign Minister',
      },
    ],
    level: 'minister',
    purpose:
      "Conveyed Putin's congratulations on the parliamentary elections and discussed preparations for the Constitutional Committee meeting in Geneva in August.",
    outcome: "Assad's office blamed sanctions and foreign interference for the persistence of terrorists in Syria.",
    sources: [
      {
        source: 'urdupoint-sputnik-assad-welcomes-russian-diplomats-2020',
        locator: 'paragraphs 1–3 (Wednesday, 29 July 2020)',
      },
      {
        source: 'alnour-assad-lavrentiev-vershinin-2020',
        locator:
          "paragraphs 1–2 (preparations for the Constitutional Committee meeting in Geneva 'next month'; Jaafari on the latest cross-border aid resolution)",
      },
    ],
    confidence: 'verified',
    note: "Al-Nour prints no date; the day comes from Sputnik, and Al-Nour's account of the same meeting matches it.",
  },
  {
    id: 'visit-2020-09-06-ru-sy-yuri-borisov',
    start: '2020-09-06',
    end: '2020-09-07',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      'yuri-borisov',
      'sergey-lavrov',
      'mikhail-bogdanov',
      {
        name: 'Maria Zakharova',
        role: 'Foreign Ministry spokeswoman',
      },
    ],
    level: 'minister',
    purpose: 'Government delegation on economic cooperation under US sanctions; Lavrov joined on 7 September.',
    outcome:
      "Assad received Borisov and Lavrov; Borisov announced an economic pact of some 40 projects, to be signed in December. It was Lavrov's first visit since February 2012.",
    sources: [
      {
        source: 'watsupeurope-2020-lavrov-damascus',
        locator:
          "item dated 2020-09-07 (delegation arrived Sunday; Lavrov met Assad Monday); text: Borisov's delegation arrived on Sunday; Lavrov met Assad on Monday, first visit since 2012",
      },
      {
        source: 'urdupoint-lavrov-arrives-damascus-2020',
        locator: 'item dated 2020-09-07',
      },
      {
        source: 'southfront-russian-delegation-damascus-2020',
        locator: "paragraphs 1–2 ('On September 6'; Zakharova and Bogdanov in delegation)",
      },
      {
        source: 'arabweekly-assad-seeks-russian-help-2020',
        locator: 'Monday 07/09/2020, paragraphs 1–3',
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
    id: 'visit-2020-10-29-ru-sy-alexander-lavrentiev',
    start: '2020-10-29',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['alexander-lavrentiev'],
    level: 'minister',
    purpose:
      'Defence and Foreign Ministry delegation preparing the international conference on the return of refugees that Russia was convening in Damascus in November, after a tour of countries hosting Syrian refugees.',
    outcome:
      'Both sides accused some Western states of pressing others to boycott the conference; Assad thanked Russia for its efforts.',
    sources: [
      {
        source: 'almanar-assad-russian-delegation-refugees-conference-2020',
        locator: "paragraphs 1–6 (received on Thursday; conference 'next November')",
      },
      {
        source: 'darelhilal-assad-lavrentiev-refugees-conference-2020',
        locator: "paragraphs 1–4 (Thursday evening; conference 'next month')",
      },
      {
        source: 'halabtoday-lavrentiev-assad-refugees-conference-2020',
        locator: 'whole item',
      },
      {
        source: 'sana-ru-assad-receives-lavrentiev-2020-10-29',
        locator: 'item of 29 October 2020',
      },
      {
        source: 'tass-assad-lavrentiev-refugee-conference-2020',
        locator: "'On October 29, … Assad discussed preparations for the conference on refugees with … Lavrentiev'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2020-12-16-sy-ru-faisal-mekdad',
    start: '2020-12-16',
    end: '2020-12-17',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['faisal-mekdad'],
    level: 'minister',
    purpose:
      "Mekdad's first visit to Moscow as foreign minister, after Tehran; talks with Lavrov on the settlement, reconstruction and refugee return.",
    sources: [
      {
        source: 'syriatv-mekdad-arrives-moscow-2020',
        locator: 'item of 2020.12.16 (arrives Wednesday; several days)',
      },
      {
        source: 'enabbaladi-mekdad-moscow-2020',
        locator: 'item of 2020/12/11 (TASS: talks with Lavrov on 17 December)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2021-06-22-ru-sy-yuri-borisov',
    start: '2021-06-22',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['yuri-borisov'],
    level: 'minister',
    purpose: 'Meeting with Assad on further cooperation.',
    outcome: 'Borisov called the meeting very constructive and said a roadmap for cooperation had been outlined.',
    sources: [
      {
        source: 'urdupoint-borisov-assad-constructive-2021',
        locator: 'Sputnik, 22 June 2021 (first visit since September 2020)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-2021-07-24-ru-sy-interdepartmental-delegation',
    start: '2021-07-24',
    end: '2021-07-29',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      {
        name: 'Russian interdepartmental delegation (about 230 people)',
        role: "government agencies and the Defence Ministry's coordination headquarters",
      },
    ],
    level: 'delegation',
    purpose:
      "To deliver over 160 tonnes of humanitarian cargo, sign ten agreements and memorandums (legal assistance, internet security, customs, economy, trade and education) and hold a joint session of the two countries' coordination headquarters on refugee return in Damascus on 26 July.",
    sources: [
      {
        source: 'rodina-russia-humanitarian-160-tonnes-ten-agreements-2021',
        locator: 'whole item (Russian Defence Ministry: delegation in Syria 24–29 July)',
      },
    ],
    confidence: 'reported',
    note: 'Dates and programme are as announced beforehand by the Russian Defence Ministry.',
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
      "Putin congratulated him on the election and called foreign forces present without UN or Damascus approval the main obstacle to Syria's consolidation.",
    sources: [
      {
        source: 'artsakhpress-putin-assad-kremlin-2021',
        locator: "TASS text: 'The details about the meeting held on September 13 were published … on Tuesday'",
      },
      {
        source: 'thenational-putin-condemns-foreign-troops-2021',
        locator: 'headline and URL date 2021/09/14',
      },
      {
        source: 'sorokanews-putin-asad-kremlin-2021',
        locator: 'item of 14 September 2021 (unannounced visit)',
      },
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
            source: 'ria24-podrobnosti-vizita-asada-2021',
            locator: "paragraph 1 ('Сегодня, 14 сентября, рано утром')",
          },
        ],
        note: 'The Kremlin published the meeting on 14 September; TASS dates the meeting itself to 13 September, while this aggregator (citing URA.RU) places it early on the 14th.',
      },
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
    id: 'visit-2021-10-ru-sy-alexander-lavrentiev',
    start: '2021-10',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      'alexander-lavrentiev',
      {
        name: 'Sergey Vershinin',
        role: 'Deputy Foreign Minister',
      },
    ],
    level: 'minister',
    purpose:
      "Visit under Putin's instruction to widen cooperation with Syria at all levels, including counter-terrorism.",
    outcome:
      "The Russian side offered to help rebuild infrastructure and to form an investment partnership in energy and agriculture; Assad said the US withdrawal from Afghanistan showed America's decline.",
    sources: [
      {
        source: 'frontierpost-tass-assad-russian-envoy-2021',
        locator: 'TASS, Damascus, 17 October 2021, paragraphs 1–5 (SANA reported the meeting on Sunday)',
      },
    ],
    confidence: 'reported',
    note: 'TASS of 17 October 2021 says SANA reported the meeting on that Sunday without giving its day.',
  },
  {
    id: 'visit-2021-11-17-ru-sy-anna-kuznetsova',
    start: '2021-11-17',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      {
        name: 'Anna Kuznetsova',
        role: 'Deputy Chair of the State Duma',
      },
      'dmitry-sablin',
    ],
    level: 'delegation',
    purpose: 'Duma delegation on parliamentary cooperation and links between Russian regions and Syrian governorates.',
    outcome: 'Met Speaker Hammouda Sabbagh, who called for more frequent parliamentary visits.',
    sources: [
      {
        source: 'albaath-syrian-russian-parliamentary-meeting-2021',
        locator: "issue of 17 November 2021, paragraphs 1–5 ('today')",
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-2021-11-20-ru-sy-alexander-lavrentiev',
    start: '2021-11-20',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      'alexander-lavrentiev',
      {
        name: 'Sergey Vershinin',
        role: 'Deputy Foreign Minister',
      },
    ],
    level: 'minister',
    purpose: 'Delegation with Defence Ministry representatives, on humanitarian aid to Syria without politicisation.',
    outcome:
      "Both sides stressed restoring Damascus's control over all its territory, as the Russian Foreign Ministry put it.",
    sources: [
      {
        source: 'ummnews-tass-russian-diplomats-assad-humanitarian-2021',
        locator: 'TASS, 22 November 2021, paragraphs 1–3 (talks held on 20 November 2021)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-2021-11-26-ru-sy-alexander-bastrykin',
    start: '2021-11-26',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      {
        name: 'Alexander Bastrykin',
        role: 'Chairman of the Investigative Committee of Russia',
      },
    ],
    level: 'minister',
    purpose:
      'Talks with Ali Mamlouk and Justice Minister Ahmad al-Sayyed on cooperation against terrorism and on tracing Russian citizens who went to Syria to join armed groups.',
    outcome: 'Mamlouk handed over documents for Russian terrorism investigations.',
    sources: [
      {
        source: 'almohrar-bastrykin-mamlouk-damascus-2021',
        locator: 'whole item (Friday 26 November, per RIA Novosti)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-2022-02-15-ru-sy-sergei-shoigu',
    start: '2022-02-15',
    from: 'RU',
    to: 'SY',
    city: 'Damascus; Hmeimim; Tartus',
    visitors: ['sergei-shoigu'],
    level: 'minister',
    purpose:
      "Visit on Putin's instruction during the Russian navy and air force exercises in the eastern Mediterranean.",
    outcome:
      'Talks with Assad on military-technical cooperation and humanitarian aid; Shoigu inspected Hmeimim and watched the drills from Tartus with his Syrian counterpart Ali Ayyoub.',
    sources: [
      {
        source: 'rbc-shoigu-asad-2022',
        locator: 'whole item (MoD press service)',
      },
      {
        source: 'riafan-shoigu-asad-2022',
        locator: "dateline 'Дамаск, 15 февраля'",
      },
      {
        source: 'topcor-fr-shoigu-kinzhal-2022',
        locator: "paragraphs 1–4 ('Le 15 février …')",
      },
      {
        source: 'coronaviruslive-rbc-shoigu-asad-2022',
        locator: 'final paragraph (his Syrian counterpart Ali Ayyoub was with him in Tartus)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2022-02-21-sy-ru-faisal-mekdad',
    start: '2022-02-21',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['faisal-mekdad'],
    level: 'minister',
    purpose: 'Talks with Lavrov on Syria, the Astana format and the Constitutional Committee.',
    outcome: 'Joint press conference after the talks.',
    sources: [
      {
        source: 'sputnik-lavrov-mekdad-moscow-2022',
        locator: "item of 21.02.2022 ('arrived in Moscow on 21 February')",
      },
      {
        source: 'syrianews-mekdad-to-russia-2022',
        locator: 'whole item (embassy: visit on Monday; second since he took office)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2022-08-sy-ru-ali-mahmoud-abbas',
    start: '2022-08',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Ali Mahmoud Abbas',
        role: 'Defence Minister',
      },
    ],
    level: 'minister',
    purpose:
      'Took part in the Army-2022 forum, the International Army Games and the Moscow Conference on International Security.',
    outcome:
      'Met Shoigu, who congratulated him on becoming defence minister in April and said Russian and Syrian forces had jointly defeated international terrorism.',
    sources: [
      {
        source: 'islamtimes-shoigu-abbas-moscow-2022',
        locator: 'item of Wednesday 17 August 2022, paragraphs 1–3',
      },
    ],
    confidence: 'reported',
    note: 'The item, posted just after midnight on 17 August 2022, does not give the day of the meeting.',
  },
  {
    id: 'visit-2022-08-22-sy-ru-faisal-mekdad',
    start: '2022-08-22',
    end: '2022-08-23',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['faisal-mekdad'],
    level: 'minister',
    purpose:
      'Talks with Lavrov on the Syrian settlement and the Constitutional Committee, after Turkish calls for reconciliation.',
    sources: [
      {
        source: 'fakti-lavrov-mikdad-2022',
        locator: 'TASS quote: talks on 23 August in Moscow',
      },
      {
        source: 'freshsyria-mikdad-arrives-moscow-2022',
        locator: 'paragraphs 1–3 (arrives today, meets Lavrov tomorrow; third visit as FM)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2022-12-28-sy-ru-syrian-defence-minister',
    start: '2022-12-28',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Ali Mahmoud Abbas',
        role: 'Defence Minister',
      },
      {
        name: 'Ali Mamlouk',
        role: 'intelligence chief',
      },
    ],
    level: 'minister',
    purpose:
      'Trilateral meeting of the Russian, Syrian and Turkish defence ministers and intelligence chiefs — the first Syrian–Turkish ministerial meeting since 2011.',
    outcome:
      'They discussed the Syrian crisis, refugees and extremist groups, and agreed to continue meeting in this format.',
    sources: [
      {
        source: 'shafaqna-defence-ministers-moscow-2022',
        locator: 'item dated 2022-12-28',
      },
      {
        source: 'dailysabah-akar-syrian-counterpart-2022',
        locator: 'item dated 2022-12-28',
      },
      {
        source: 'famagusta-defense-ministers-moscow-2022',
        locator: 'item of December 29, 2022 (Russian MoD statement)',
      },
    ],
    confidence: 'verified',
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
      "Talks with Putin on 15 March (Shoigu, Lavrov, Siluanov, Faizullin and Ushakov took part); Assad said the visit opened a new stage and voiced support for Russia's 'special operation'.",
    sources: [
      {
        source: 'dunyanews-2023-assad-arrives-moscow',
        locator: 'Reuters: arrived on Tuesday (14 March); Reuters text: arrived in Moscow on Tuesday (14 March)',
      },
      {
        source: 'tass-2023-assad-moscow-new-stage',
        locator:
          'TASS, March 15 (talks Wednesday; arrived Tuesday evening; met by Bogdanov); text: talks on Wednesday 15 March; met at Vnukovo by Bogdanov',
      },
      {
        source: 'cityroma-assad-arrives-moscow-2023',
        locator: 'item of 14 March 2023',
      },
      {
        source: 'noticiabrasil-putin-assad-2023',
        locator: 'participants list; arrived late Tuesday (14)',
      },
      {
        source: 'baladi-assad-moscow-2023',
        locator: 'paragraph 2 (arrived Tuesday 14 March)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2023-04-02-sy-ru-ayman-susan',
    start: '2023-04-02',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Ayman Susan',
        role: 'Deputy Foreign Minister',
      },
    ],
    level: 'minister',
    purpose:
      "Delegation to the four-way deputy foreign ministers' talks of Russia, Iran, Syria and Turkey on normalising relations between Damascus and Ankara.",
    outcome: 'Bilateral meetings with the Russian and Iranian sides were set for 3 April, before the four-way meeting.',
    sources: [
      {
        source: 'meneame-sana-susan-delegation-moscow-2023',
        locator: 'summary (arrived Sunday; bilateral meetings on 3 April; SANA)',
      },
    ],
    confidence: 'reported',
    note: 'The source gives the arrival as the Sunday before the 3 April meetings and prints no year; the four-way deputy-minister talks in Moscow were held in April 2023.',
  },
  {
    id: 'visit-2023-04-25-sy-ru-syrian-defence-minister',
    start: '2023-04-25',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Ali Mahmoud Abbas',
        role: 'Defence Minister',
      },
    ],
    level: 'minister',
    purpose:
      'Quadrilateral meeting of the defence ministers and intelligence chiefs of Russia, Iran, Syria and Turkey on normalising Syrian–Turkish relations.',
    outcome:
      'The parties agreed to continue meeting in the four-way format; Shoigu also held bilateral talks with each minister.',
    sources: [
      {
        source: 'mehr-iran-russia-syria-turkey-security-2023',
        locator: "TEHRAN, Apr. 25 (MoD: 'On April 25, 2023 …')",
      },
      {
        source: 'hurriyet-defense-ministers-moscow-2023',
        locator: 'item dated 2023-04-25',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2023-05-10-sy-ru-faisal-mekdad',
    start: '2023-05-10',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['faisal-mekdad'],
    level: 'minister',
    purpose:
      'Quadrilateral meeting of the Russian, Turkish, Iranian and Syrian foreign ministers on normalising Syrian–Turkish relations.',
    outcome: 'Views were exchanged on normalisation, counter-terrorism, the political process and refugee return.',
    sources: [
      {
        source: 'shafaqna-quadripartite-fm-moscow-2023',
        locator: 'item dated 2023-05-10',
      },
      {
        source: 'bd24live-diplomats-meet-moscow-2023',
        locator: 'TASS text (meeting kicked off on Wednesday)',
      },
      {
        source: 'azernews-fm-meeting-moscow-2023',
        locator: 'item of 10 May 2023',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2024-01-18-sy-ru-faisal-mekdad',
    start: '2024-01-18',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['faisal-mekdad'],
    level: 'minister',
    purpose: 'Talks with Lavrov on Gaza and on the situation in and around Syria.',
    outcome:
      'The ministers called for an immediate ceasefire in Gaza and agreed practical steps on trade and humanitarian cooperation.',
    sources: [
      {
        source: 'tass-lavrov-mekdad-gaza-2024',
        locator: 'TASS, January 18 (Foreign Ministry statement)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'visit-2024-04-22-sy-ru-ali-mamlouk',
    start: '2024-04-22',
    end: '2024-04-25',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['ali-mamlouk'],
    level: 'minister',
    purpose:
      'Talks in Moscow with Security Council Secretary Nikolai Patrushev, with Deputy Foreign Minister Bogdanov present, before the 12th international meeting of high representatives for security issues in St Petersburg (23–25 April).',
    outcome:
      "Both sides stressed coordination against terrorism; Mamlouk restated Syria's full support for Russia's war in Ukraine, and Patrushev recalled the 80th anniversary of relations due in July.",
    sources: [
      {
        source: 'enabbaladi-mamlouk-appears-in-russia-2024',
        locator: 'paragraphs 1–5 (talks on Monday 22 April; St Petersburg conference 23–25 April)',
      },
      {
        source: 'almayadeen-mamlouk-in-moscow-2024',
        locator: 'paragraphs 1–4 and embedded SANA post of 22 April 2024',
      },
    ],
    confidence: 'verified',
    note: 'Mamlouk was then national security adviser in the presidency; his first public appearance after rumours about his health. The end date is that of the St Petersburg meeting he came to attend.',
  },
  {
    id: 'visit-2024-05-23-sy-ru-faisal-mekdad',
    start: '2024-05-23',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['faisal-mekdad'],
    level: 'minister',
    purpose: 'Private trip to Moscow, during which he met Lavrov.',
    outcome:
      'They discussed Syria amid the Israeli–Palestinian escalation and events for the 80th anniversary of diplomatic relations in July 2024.',
    sources: [
      {
        source: 'tass-lavrov-mekdad-private-trip-2024',
        locator: 'TASS, May 23',
      },
      {
        source: 'anews-russian-syrian-fms-moscow-2024',
        locator: "item dated 2024-05-24 ('on Thursday')",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2024-06-26-ru-sy-alexander-lavrentiev',
    start: '2024-06-26',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: ['alexander-lavrentiev'],
    level: 'minister',
    purpose: 'Talks with Assad on Russian mediation to normalise Syrian–Turkish relations.',
    outcome:
      'Assad said Syria was open to initiatives on relations with Turkey that respected its sovereignty; Lavrentiev said conditions for mediation were favourable.',
    sources: [
      {
        source: 'syrianobserver-assad-open-turkey-initiatives-2024',
        locator: "item of 27 June 2024, paragraphs 1–5 ('On Wednesday')",
      },
      {
        source: 'baznews-assad-lavrentiev-turkey-2024',
        locator: 'whole item (Syrian presidency statement)',
      },
    ],
    confidence: 'verified',
    note: "The day comes from the Syrian Observer alone ('Wednesday', item of 27 June 2024).",
  },
  {
    id: 'visit-2024-07-24-sy-ru-bashar-al-assad',
    start: '2024-07-24',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['bashar-al-assad'],
    level: 'head-of-state',
    purpose:
      'Talks with Putin on regional escalation and on trade and economic ties, timed to the 80th anniversary of diplomatic relations.',
    outcome:
      'A late-evening Kremlin meeting announced the next morning; no documents were signed. It was his last visit to Russia as president.',
    sources: [
      {
        source: 'cumhuriyet-putin-meets-assad-moscow-2024',
        locator: 'paragraphs 1–3 (Kremlin said the meeting took place on Wednesday)',
      },
      {
        source: 'mamul-putin-asad-moskva-2024',
        locator: 'whole item (published Thursday; previous meeting 15 March 2023; no documents)',
      },
      {
        source: 'bigasia-putin-vstretilsya-asad-2024',
        locator: 'item of 25.07.2024',
      },
      {
        source: 'mirras-ria-putin-vstretilsya-asad-2024',
        locator: "RIA Novosti, 25 July ('Переговоры прошли в среду')",
      },
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
    purpose:
      "The first visit by Russian officials after Assad's fall, to meet al-Sharaa and al-Shaibani as Moscow sought to keep its bases.",
    sources: [
      {
        source: 'tass-2025-bogdanov-delegation-arrives',
        locator:
          'TASS, Damascus, January 28; text: delegation led by Bogdanov and Lavrentyev arrived; first visit since December 2024',
      },
      {
        source: 'rudaw-first-russian-delegation-2025',
        locator: 'paragraphs 1–2 (arrived Tuesday)',
      },
      {
        source: 'cna-russia-diplomat-first-visit-2025',
        locator: 'AFP text (Tuesday, Jan 28)',
      },
      {
        source: 'tass-2025-bogdanov-talks-sharaa',
        locator: 'text: talks lasted around three hours',
      },
    ],
    confidence: 'verified',
    note: "Bogdanov was Deputy Foreign Minister and presidential envoy; recorded at minister level. Bogdanov was deputy foreign minister and the president's envoy, recorded at minister level.",
  },
  {
    id: 'visit-2025-07-31-sy-ru-asaad-al-shaibani',
    start: '2025-07-31',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: [
      'asaad-al-shaibani',
      'murhaf-abu-qasra',
      {
        name: 'Hussein Salama',
        role: 'head of the General Intelligence Directorate',
      },
    ],
    level: 'minister',
    purpose: "The first official visit to Russia by members of Syria's new government, at Lavrov's invitation.",
    outcome:
      'Al-Shaibani and Lavrov agreed to form committees to review the Assad-era agreements; Abu Qasra met Defence Minister Belousov; Putin received the delegation at the Kremlin.',
    sources: [
      {
        source: 'tass-abu-qasra-belousov-jul-2025',
        locator: 'TASS, July 31 (defence minister arrived Thursday in delegation led by al-Shaibani)',
      },
      {
        source: 'trt-ar-putin-receives-shaibani-2025',
        locator: 'item of 31 July 2025',
      },
      {
        source: 'trt-ru-putin-prinyal-delegatsiyu-2025',
        locator: 'item dated 2025-07-31',
      },
      {
        source: 'eremnews-abu-qasra-moscow-2025',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'middle-east-online-2025-shibani-lavrov',
        locator: 'dateline Thursday 31/07/2025',
      },
      {
        source: 'thenational-2025-shibani-first-russia-visit',
        locator: 'text: first official visit to Moscow by a member of the new government',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '2025-08',
        sources: [
          {
            source: 'vedomosti-kak-novak-pozval-2025',
            locator: "paragraph 1 ('в начале августа')",
          },
        ],
        note: 'Vedomosti dates this first visit to early August; every dated report puts it on 31 July 2025.',
      },
    ],
    note: "The Syrian Observer (23 December 2025) wrongly calls al-Shaibani's December trip his first official visit to Russia.",
  },
  {
    id: 'visit-2025-09-09-ru-sy-alexander-novak',
    start: '2025-09-09',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      'alexander-novak',
      {
        name: 'Irek Faizullin',
        role: 'Construction Minister',
      },
      'alexander-lavrentiev',
      {
        name: 'Yunus-Bek Yevkurov',
        role: 'Deputy Defence Minister',
      },
      {
        name: 'Sergey Vershinin',
        role: 'Deputy Foreign Minister',
      },
    ],
    level: 'minister',
    purpose: 'A large interdepartmental delegation for talks on the economy, security, defence and politics.',
    outcome:
      "Al-Sharaa received the delegation at the People's Palace; Novak announced al-Sharaa's coming visit to Moscow.",
    sources: [
      {
        source: 'tass-ru-sharaa-prinyal-novaka-2025',
        locator: 'TASS, 9 September (arrived Tuesday; delegation list)',
      },
      {
        source: 'ria-sharaa-prinyal-delegatsiyu-2025',
        locator: 'RIA Novosti, 9 September',
      },
      {
        source: 'haqqin-2025-novak-damascus',
        locator: 'item dated 2025-09-09; text: delegation with Faizullin, Yevkurov and Vershinin',
      },
      {
        source: 'reportaz-sharaa-posetit-moskvu-2025',
        locator: 'item dated 2025-09-09',
      },
      {
        source: 'newarab-2025-novak-damascus',
        locator: 'text: Novak in Damascus on Tuesday (9 September)',
      },
    ],
    confidence: 'verified',
    note: 'Novak was a deputy prime minister; recorded at minister level.',
  },
  {
    id: 'visit-2025-10-sy-ru-murhaf-abu-qasra',
    start: '2025-10',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['murhaf-abu-qasra'],
    level: 'minister',
    purpose: 'Official visit for talks with Defence Minister Belousov on practical defence cooperation.',
    outcome: "Belousov said the presidents' meeting had given new impetus to defence ties.",
    sources: [
      {
        source: 'tass-belousov-abu-qasra-oct-2025',
        locator: 'TASS, October 28',
      },
      {
        source: 'sputnik-defense-ministers-cooperation-2025',
        locator: 'item dated 2025-10-28',
      },
      {
        source: 'syrianobserver-abu-qasra-belousov-2025',
        locator: 'item dated 2025-10-29 (met Tuesday)',
      },
      {
        source: 'vestikavkaza-belousov-abu-qasra-2025',
        locator: 'item dated 2025-10-27',
      },
    ],
    confidence: 'verified',
    note: "Only the month is given for the start: the Belousov meeting is dated 28 October (TASS, Syrian Observer 'Tuesday') and Vestnik Kavkaza dates its item 27 October. A later Syrian Observer item says the three-day trip ended on 31 October.",
  },
  {
    id: 'visit-2025-10-02-sy-ru-ali-al-naasan',
    start: '2025-10-02',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: [
      {
        name: 'Ali al-Naasan',
        role: 'Chief of the General Staff of the Syrian armed forces',
      },
    ],
    level: 'military',
    purpose:
      "Official Syrian Defence Ministry delegation, on developing coordination mechanisms between the two defence ministries, two weeks before al-Sharaa's planned trip to Moscow.",
    outcome: 'Received by Russian Deputy Defence Minister Yunus-bek Yevkurov.',
    sources: [
      {
        source: 'tass-ru-syrian-chief-of-staff-moscow-2025',
        locator: 'paragraphs 1–2 (2 October 2025)',
      },
      {
        source: 'vedomosti-syrian-chief-of-staff-moscow-2025',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'hurriyet-syrian-defense-delegation-moscow-2025',
        locator: 'paragraphs 1–3 (talks on 2 October)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2025-10-15-sy-ru-ahmed-al-sharaa',
    start: '2025-10-15',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['ahmed-al-sharaa', 'asaad-al-shaibani', 'murhaf-abu-qasra'],
    level: 'head-of-state',
    purpose:
      'His first working visit to Russia, kept although the Russia–Arab summit planned for that day was called off.',
    outcome:
      'At the Kremlin al-Sharaa said Syria respects all past agreements and seeks to redefine relations; Putin offered to revive the joint commission; the Russian bases were on the agenda.',
    sources: [
      {
        source: 'tass-2025-sharaa-arrives-moscow',
        locator: 'TASS, October 15; text: arrived on his first working visit; Peskov on the bases',
      },
      {
        source: 'tass-no-press-conference-2025',
        locator: 'TASS, October 15 (first visit; working visit)',
      },
      {
        source: 'kyivindependent-sharaa-meets-putin-2025',
        locator: 'paragraphs 1–5 (talks on Oct. 15; accompanied by al-Shaibani and Abu Qasra)',
      },
      {
        source: 'shafaq-2025-putin-sharaa-joint-committee',
        locator: 'item dated 2025-10-15; text: Putin received al-Sharaa on Wednesday (15 October)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'visit-2025-11-ru-sy-yunus-bek-yevkurov',
    start: '2025-11',
    from: 'RU',
    to: 'SY',
    city: 'Damascus',
    visitors: [
      {
        name: 'Yunus-Bek Yevkurov',
        role: 'Deputy Defence Minister',
      },
    ],
    level: 'military',
    purpose: 'Talks with Defence Minister Abu Qasra on military cooperation and coordination mechanisms.',
    sources: [
      {
        source: 'kommersant-evkurov-damask-2025',
        locator: 'item dated 2025-11-16',
      },
      {
        source: 'gazeta-abu-kasra-evkurov-2025',
        locator: 'item dated 2025-11-16',
      },
      {
        source: 'vedomosti-evkurov-peregovory-2025',
        locator: 'item dated 2025-11-16 (citing SANA)',
      },
    ],
    confidence: 'verified',
    note: 'Reported on 16 November 2025; the sources read do not give the day of arrival.',
  },
  {
    id: 'visit-2025-12-23-sy-ru-asaad-al-shaibani',
    start: '2025-12-23',
    end: '2025-12-24',
    from: 'SY',
    to: 'RU',
    city: 'Moscow',
    visitors: ['asaad-al-shaibani', 'murhaf-abu-qasra'],
    level: 'minister',
    purpose: 'Official visit with intelligence officials for talks with Russian officials.',
    outcome:
      'Putin received al-Shaibani and Abu Qasra on the evening of 23 December (SANA: military-industrial cooperation and modernising the Syrian army); Lavrov held talks with al-Shaibani on 24 December; Abu Qasra met Belousov.',
    sources: [
      {
        source: 'syrianobserver-delegation-moscow-dec-2025',
        locator: 'item dated 2025-12-23 (arrived Tuesday)',
      },
      {
        source: 'tass-ru-zakharova-lavrov-shaibani-2025',
        locator: 'TASS, 23 December',
      },
      {
        source: 'gazeta-lavrov-shaibani-peregovory-2025',
        locator: 'item dated 2025-12-24',
      },
      {
        source: 'kommersant-lavrov-shaibani-2025',
        locator: 'item dated 2025-12-24',
      },
      {
        source: 'elbalad-putin-syrian-ministers-2025',
        locator: 'item dated 2025-12-24',
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
    purpose:
      'Second working visit, on bilateral, mainly economic, relations and the Middle East; the Russian military presence was on the agenda.',
    outcome:
      'Talks and a working breakfast with a Russian delegation that included Lavrov, Novak, Belousov, Siluanov, Faizullin and GRU chief Kostyukov; Putin congratulated him on the reintegration of the lands east of the Euphrates.',
    sources: [
      {
        source: 'tass-ru-putin-sharaa-rukopozhatie-2026',
        locator: 'TASS, 28 January (delegation list)',
      },
      {
        source: 'vedomosti-uchastniki-peregovorov-2026',
        locator: 'item dated 2026-01-28',
      },
      {
        source: 'ria-prezident-sirii-kreml-2026',
        locator: 'RIA Novosti, 28.01.2026',
      },
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
        name: 'Yunus-Bek Yevkurov',
        role: 'Deputy Defence Minister',
      },
    ],
    level: 'military',
    purpose:
      'A several-day visit to develop military cooperation; the chief of the Syrian general staff, Ali al-Naasan, received the delegation.',
    sources: [
      {
        source: 'gazeta-evkurov-damask-2026',
        locator: 'item dated 2026-02-04 (RIA Novosti; Syrian MoD)',
      },
      {
        source: 'almanar-ar-wafd-rusi-dimashq-2026',
        locator: 'item dated 2026-02-04 (SANA; visit to last several days)',
      },
      {
        source: 'masrawy-2026-russian-delegation-damascus',
        locator: 'text citing SANA, 4 February 2026',
      },
    ],
    confidence: 'verified',
    note: 'The sources read name only Yevkurov as head of the delegation.',
  },
];
