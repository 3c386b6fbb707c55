import type { Tenure } from './types.js';

/**
 * Who held which office, and when: Syria (and the UAR) first, then Soviet Russia, the USSR and the Russian
 * Federation; within each, by office and start date.
 */
export const tenures: Tenure[] = [
  {
    id: 'sy-head-of-state-faisal-i-1918',
    personId: 'faisal-i',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Emir; head of the Arab Government in Damascus',
    start: '1918-10',
    end: '1920-03-08',
    sources: [
      {
        source: 'syrianhistory-faisal-ex-king-of-syria-1933',
        locator: "caption: 'served as Emir of Syria from October 1918 until being crowned king ... on March 8, 1920'",
      },
      {
        source: 'wikipedia-en-list-of-heads-of-state-of-syria',
        locator: 'OETA East administrators: Faisal entered Damascus 4 October 1918',
      },
      {
        source: 'thefreedictionary-bse-faisal-i',
        locator: "text: 'From 1918 to 1920, Faisal headed the Arab administration in Syria'",
      },
      {
        source: 'damapedia-emir-zeid',
        locator: 'Zeid appointed deputy to his brother Faisal during his rule in Syria',
      },
      {
        source: 'wikisource-ar-memoirs-great-arab-revolt-p96',
        locator: 'p. 96: Faisal deputised his brother Zeid to head the state',
      },
    ],
    confidence: 'verified',
    note: 'Catalan Wikipedia list (wikiwand-ca-president-de-siria) dates his headship of government from 5 October 1918. Formally under the Allied OETA East military administration. While Faisal was in Europe (from late 1918, and again from September 1919) his brother Emir Zeid deputised for him; no source seen gives exact dates, so Zeid has no tenure of his own.',
  },
  {
    id: 'sy-head-of-state-faisal-i-1920',
    personId: 'faisal-i',
    polity: 'SY',
    office: 'head-of-state',
    title: 'King of Syria',
    start: '1920-03-08',
    end: '1920-07-24',
    sources: [
      {
        source: 'wikipedia-en-faisal-i-of-iraq-studentb',
        locator: 'infobox: King of Syria, reign 8 March 1920 – 24 July 1920',
      },
      {
        source: 'syrianhistory-faisal-ex-king-of-syria-1933',
        locator: 'caption: crowned March 8, 1920; toppled July 24, 1920',
      },
      {
        source: 'memim-arab-kingdom-of-syria',
        locator: "the kingdom 'consisted of 8 March to 24 July 1920'",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1920-07-28',
        sources: [
          {
            source: 'wikiwand-ca-president-de-siria',
            locator: 'Rei: Faisal I, 8 de març - 28 de juliol de 1920',
          },
          {
            source: 'rssing-ar-list-of-presidents-of-syria',
            locator: 'ملوك سورية table',
          },
        ],
        note: '28 July 1920 given as end of reign (after French entry into Damascus)',
      },
      {
        field: 'start',
        value: '1920-03-07',
        sources: [
          {
            source: 'factindex-faisal-i-of-iraq',
            locator: "text: 'On March 7, 1920, he was made king'",
          },
        ],
        note: 'proclamation resolution dated 7 March in some texts',
      },
      {
        field: 'start',
        value: '1920-03-11',
        sources: [
          {
            source: 'studentb-it-faysal-i-d-iraq',
            locator: 'infobox Re della Siria: 11 marzo 1920 – 25 luglio 1920',
          },
        ],
        note: 'Italian Wikipedia gives 11 March – 25 July 1920',
      },
      {
        field: 'end',
        value: '1920-07-25',
        sources: [
          {
            source: 'wikipedia-en-king-of-syria',
            locator: "'Faisal was expelled from Syria on 25 July'",
          },
        ],
        note: 'The day he was expelled from Damascus, the day after Maysalun.',
      },
    ],
    note: 'Reign ended with the Battle of Maysalun (24 July 1920) and the French occupation of Damascus.',
  },
  {
    id: 'sy-head-of-state-haqqi-al-azm-1920',
    personId: 'haqqi-al-azm',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Governor of the State of Damascus',
    start: '1920-11',
    end: '1922',
    sources: [
      {
        source: 'sfuturem-haqqi-al-azm',
        locator:
          "section 'Headquarters of the State of Damascus': assumed the presidency after al-Ulshi's resignation in November 1920",
      },
      {
        source: 'piglix-state-of-damascus',
        locator: 'Establishment: first president of the new state was Haqqi Al-Azm',
      },
      {
        source: 'damapedia-haqqi-al-azm-2021',
        locator: 'heading: حاكم دولة دمشق (1920-1922)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1921',
        sources: [
          {
            source: 'wikipedia-en-haqqi-al-azm-termpedia',
            locator: "Later career: 'appointed the first governor of the State of Damascus in 1921'",
          },
          {
            source: 'zxc-de-haqqi-al-azm',
            locator: "Life: 'first governor of the state of Damascus in 1921'",
          },
        ],
        note: 'English and German Wikipedia give 1921',
      },
      {
        field: 'end',
        value: '1924',
        sources: [
          {
            source: 'damapedia-haqqi-al-azm',
            locator: 'heading: حاكم دولة دمشق (1920-1924)',
          },
          {
            source: 'zxc-de-syrian-federation',
            locator: 'text: Hakki Bey el-Azm still governor of the State of Damascus on 12 November 1923',
          },
        ],
        note: 'He stayed governor of the State of Damascus inside the Syrian Federation, under its president Subhi Barakat, until 1924 (newer Damapedia version); a German source has him still governor in November 1923.',
      },
      {
        field: 'start',
        value: '1920-12-01',
        sources: [
          {
            source: 'syrmh-ata-al-ayyubi',
            locator: 'government of the State of Damascus formed by Haqqi al-Azm, 1 December 1920 – 28 June 1922',
          },
        ],
      },
      {
        field: 'end',
        value: '1922-06-28',
        sources: [
          {
            source: 'syrmh-ata-al-ayyubi',
            locator: 'government of the State of Damascus formed by Haqqi al-Azm, 1 December 1920 – 28 June 1922',
          },
        ],
      },
      {
        field: 'start',
        value: '1920-09',
        sources: [
          {
            source: 'other-wiki-es-nasuhi-al-bukhari',
            locator: "'En septiembre de 1920, Haqqi al-Azm fue nombrado gobernador del Estado de Damasco'",
          },
        ],
      },
    ],
    note: "Head of the State of Damascus, one of the states France created in 1920, not of all Syria: the English list of presidents says a Syria-wide head-of-state office was not established before June 1922. This lane ends his tenure in 1922, when the Syrian Federation's presidency began (an older Damapedia version gives 1920–1922).",
  },
  {
    id: 'sy-head-of-state-subhi-barakat-1922',
    personId: 'subhi-barakat',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of the Syrian Federation',
    start: '1922-06-29',
    end: '1925-01-01',
    sources: [
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: 'table Syria (1922–1958), Syrian Federation',
      },
      {
        source: 'wikipedia-en-subhi-bey-barakat-oldid-952100341',
        locator: 'lead: from 29 June 1922 to 31 December 1924',
      },
      {
        source: 'jurnalpublikasi-syrian-federation',
        locator: 'History: claimed election by Federal Council on 29 June 1922',
      },
      {
        source: 'kiwix-fr-soubhi-bey-barakat',
        locator: 'note alpha 1: decrees say elected by the Federal Council on 29 June 1922',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1922-06-28',
        sources: [
          {
            source: 'wikiwand-ca-president-de-siria',
            locator: "Caps d'estat sota el domini francès",
          },
          {
            source: 'rssing-ar-list-of-presidents-of-syria',
            locator: 'table',
          },
          {
            source: 'eudic-list-of-presidents-of-syria',
            locator: 'Presidents table',
          },
        ],
        note: 'date the Federation was constituted',
      },
      {
        field: 'start',
        value: '1922-07-01',
        sources: [
          {
            source: 'archontology-syria-heads-of-state-1922-1949',
            locator: 'President of the Federation of Syrian States',
          },
        ],
        note: 'Archontology',
      },
      {
        field: 'start',
        value: '1922-12-11',
        sources: [
          {
            source: 'majalla-ar-syrian-presidents-100-years',
            locator: 'section الرئيس الأول صبحي بركات',
          },
        ],
        note: 'Majalla says he was elected president of the Federation on 11 December 1922',
      },
      {
        field: 'end',
        value: '1924-12-31',
        sources: [
          {
            source: 'wikipedia-en-subhi-bey-barakat-oldid-952100341',
            locator: 'lead',
          },
        ],
        note: 'last day of the Federation',
      },
    ],
    note: 'French Wikipedia (kiwix-fr-soubhi-bey-barakat) notes he was formally elected by the Federal Council only on 17 December 1923.',
  },
  {
    id: 'sy-head-of-state-subhi-barakat-1925',
    personId: 'subhi-barakat',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of the State of Syria',
    start: '1925-01-01',
    end: '1925-12-21',
    sources: [
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: 'table, State of Syria (1925–1930)',
      },
      {
        source: 'archontology-syria-heads-of-state-1922-1949',
        locator: 'President of the State of Syria',
      },
    ],
    confidence: 'verified',
    note: 'Resigned; the office was vacant 21 December 1925 – 9 February 1926 per both sources.',
  },
  {
    id: 'sy-head-of-state-francois-pierre-alype-1926',
    personId: 'francois-pierre-alype',
    polity: 'SY',
    office: 'head-of-state',
    title:
      'Envoy Extraordinary of the High Commissioner in charge of the affairs of the State of Syria (acting head of state)',
    start: '1926-02-09',
    end: '1926-04-28',
    acting: true,
    sources: [
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: "table: 'Acting President as Envoy Extraordinary of the High Commissioner'",
      },
      {
        source: 'everything-explained-francois-pierre-alype',
        locator: 'infobox: Interim President of the State of Syria 9 February 1926 – 28 April 1926',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1926-04-29',
        sources: [
          {
            source: 'archontology-syria-heads-of-state-1922-1949',
            locator: 'Envoy Extraordinary ... 9 Feb 1926 - 29 Apr 1926',
          },
        ],
        note: 'Archontology',
      },
    ],
    note: "French official; part of a civil triumvirate set up by High Commissioner Henry de Jouvenel. The office was vacant from Subhi Barakat's resignation on 21 December 1925 until he took it (English list of presidents; Archontology).",
  },
  {
    id: 'sy-head-of-state-ahmad-nami-1926',
    personId: 'ahmad-nami',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President (Head) of the State of Syria',
    start: '1926-04-28',
    end: '1928-02-15',
    sources: [
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: 'table, State of Syria (1925–1930)',
      },
      {
        source: 'wikizero-ahmad-nami',
        locator: 'infobox: 28 April 1926 – 15 February 1928',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1926-04-29',
        sources: [
          {
            source: 'archontology-syria-heads-of-state-1922-1949',
            locator: "Chef de l'État de Syrie",
          },
        ],
        note: 'Archontology',
      },
      {
        field: 'start',
        value: '1926-05-05',
        sources: [
          {
            source: 'majalla-ar-syrian-presidents-100-years',
            locator: 'section الرئيس الثاني أحمد نامي',
          },
        ],
        note: 'Majalla',
      },
      {
        field: 'end',
        value: '1928-02-14',
        sources: [
          {
            source: 'archontology-syria-heads-of-state-1922-1949',
            locator: "Chef de l'État de Syrie",
          },
        ],
        note: 'Archontology',
      },
      {
        field: 'end',
        value: '1928-02-08',
        sources: [
          {
            source: 'majalla-ar-syrian-presidents-100-years',
            locator: 'section الرئيس الثاني أحمد نامي',
          },
          {
            source: 'kiwix-de-ahmad-nami',
            locator: 'Leben: removed from office 8 February 1928',
          },
        ],
        note: 'date he was forced to resign',
      },
      {
        field: 'start',
        value: '1926-05-02',
        sources: [
          {
            source: 'thelevantnews-ahmad-nami',
            locator: 'de Jouvenel appointed him president of Syria on 2 May 1926',
          },
          {
            source: 'lights-syr-ahmad-nami',
            locator: "'between 2 May 1926 and 15 February 1928'",
          },
        ],
      },
      {
        field: 'start',
        value: '1926-04-30',
        sources: [
          {
            source: 'syria-news-ahmad-nami',
            locator: 'appointed president of Syria on 30 April 1926 … until 15 February 1928',
          },
        ],
      },
    ],
  },
  {
    id: 'sy-head-of-state-taj-al-din-al-hasani-1928',
    personId: 'taj-al-din-al-hasani',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Head of State (as President of the Council of Ministers of the State of Syria / Syrian Republic)',
    start: '1928-02-15',
    end: '1931-11-19',
    acting: true,
    sources: [
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: 'table (two rows: 15 Feb 1928 – 14 May 1930 and 14 May 1930 – 19 Nov 1931, unnumbered)',
      },
      {
        source: 'wikipedia-en-taj-al-din-al-hasani',
        locator: 'infobox Head of State of Syria, term 2: 15 February 1928 – 19 November 1931',
      },
      {
        source: 'zxc-de-taj-ad-din-al-hasani',
        locator: 'Life: installed 15 February 1928, remained until 19 November 1931',
      },
      {
        source: 'lichnosti-khasani-tadzh-ed-din',
        locator: "'Исполнял обязанности главы государства (1928-1931)'",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1928-02-14',
        sources: [
          {
            source: 'archontology-syria-heads-of-state-1922-1949',
            locator: 'President of the Council of Ministers of the State of Syria: 14 Feb 1928 - 19 Nov 1931',
          },
        ],
        note: 'Archontology',
      },
    ],
    note: "Acting per Russian Wikipedia (perceptiopt-ru-al-hasani-tajeddin: 'acting head of state 1928–1931'), lichnosti.info and the Arabic list (marked مؤقت). The State of Syria became the Syrian Republic on 14 May 1930; the English list splits his tenure there.",
  },
  {
    id: 'sy-head-of-state-leon-solomiac-1931',
    personId: 'leon-solomiac',
    polity: 'SY',
    office: 'head-of-state',
    title: "Acting President (as High Commissioner's delegate)",
    start: '1931-11-19',
    end: '1932-06-11',
    acting: true,
    sources: [
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: "table: 'Acting President as High Commissioner'",
      },
      {
        source: 'rssing-ar-list-of-presidents-of-syria',
        locator: 'table: ليون سلومياك (مؤقت)',
      },
      {
        source: 'wikipedia-de-leon-solomiac',
        locator: 'acted as head of state of the Syrian Republic from 19 November 1931 until 11 June 1932',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'personId',
        value: null,
        sources: [
          {
            source: 'archontology-syria-heads-of-state-1922-1949',
            locator: '19 Nov 1931 - 11 Jun 1932: office vacant',
          },
        ],
        note: "Archontology lists the office as vacant for this period rather than held by the High Commissioner's delegate",
      },
    ],
    note: "French official, acting as the High Commissioner's delegate.",
  },
  {
    id: 'sy-head-of-state-muhammad-ali-al-abid-1932',
    personId: 'muhammad-ali-al-abid',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of the Syrian Republic',
    start: '1932-06-11',
    end: '1936-12-21',
    sources: [
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: 'table, No. 3',
      },
      {
        source: 'clateway-muhammad-ali-bey-al-abid',
        locator: 'infobox: 11 June 1932 – 21 December 1936',
      },
      {
        source: 'zxc-de-muhammad-ali-al-abid',
        locator: 'text: elected 11 June 1932, until 21 December 1936',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1932-06-13',
        sources: [
          {
            source: 'ayyamsyria-muhammad-ali-al-abid',
            locator: "reached the presidency 'on 13 June 1932' (the same page also gives 11 June)",
          },
          {
            source: 'wikipedia-ar-muhammad-ali-al-abid-revision-23169112',
            locator: 'infobox term start: 13 June 1932',
          },
        ],
      },
    ],
  },
  {
    id: 'sy-head-of-state-hashim-al-atassi-1936',
    personId: 'hashim-al-atassi',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of the Syrian Republic',
    start: '1936-12-21',
    end: '1939-07-07',
    sources: [
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: 'table, No. 4',
      },
      {
        source: 'wikipedia-en-hashim-al-atassi',
        locator: 'infobox: 21 December 1936 – 7 July 1939',
      },
    ],
    confidence: 'reported',
    note: 'Resigned. An older English list revision (mirror-chromiummoun824-list-of-presidents-of-syria) shows the office vacant 7–10 July 1939; Russian Wikipedia names PM Nasuhi al-Bukhari as acting in between.',
  },
  {
    id: 'sy-head-of-state-nasuhi-al-bukhari-1939',
    personId: 'nasuhi-al-bukhari',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Prime Minister acting for the President',
    start: '1939-07-07',
    end: '1939-07-08',
    acting: true,
    sources: [
      {
        source: 'syrmh-hashim-al-atassi-resignation-1939',
        locator:
          "outgoing cabinet's communiqué: the prime minister carries out the duties of government on behalf of the President until parliament rules on Atassi's resignation; the High Commissioner reached Damascus on the evening of 8 July",
      },
      {
        source: 'perceptiode-ru-bahij-al-khatib',
        locator: "infobox: 'Vorgänger Nasuhi Salim al-Bukhari, handelnd'",
      },
      {
        source: '3rabica-nasuhi-al-bukhari',
        locator: 'premiership 5 April 1939 – 8 July 1939',
      },
    ],
    confidence: 'reported',
    note: "Between Hashim al-Atassi's resignation on 7 July 1939 and the French-appointed Council of Directors under Bahij al-Khatib; the end is the end of his premiership.",
  },
  {
    id: 'sy-head-of-state-bahij-al-khatib-1939',
    personId: 'bahij-al-khatib',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Head of State (Chairman of the Council of Directors)',
    start: '1939-07-08',
    end: '1941-04-04',
    sources: [
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: 'table, No. 5: 8 July 1939 – 4 April 1941',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1939-07-10',
        sources: [
          {
            source: 'wikipedia-en-bahij-al-khatib',
            locator: 'infobox: July 10, 1939 – September 16, 1941',
          },
          {
            source: 'eudic-list-of-presidents-of-syria',
            locator: 'table',
          },
          {
            source: 'perceptiode-ru-al-khatib-bahij',
            locator: 'infobox',
          },
        ],
        note: '10 July 1939 in several sources',
      },
      {
        field: 'end',
        value: '1941-09-16',
        sources: [
          {
            source: 'wikipedia-en-bahij-al-khatib',
            locator: 'infobox',
          },
          {
            source: 'perceptiode-ru-al-khatib-bahij',
            locator: 'infobox: 10 July 1939 – 16 September 1941',
          },
        ],
        note: "these sources run his term until Taj al-Din's appointment, ignoring Khalid al-Azm's interim",
      },
    ],
    note: 'French-appointed.',
  },
  {
    id: 'sy-head-of-state-khalid-al-azm-1941',
    personId: 'khalid-al-azm',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Acting President (Prime Minister and acting head of state)',
    start: '1941-04-04',
    end: '1941-09-16',
    acting: true,
    sources: [
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: 'table (unnumbered)',
      },
      {
        source: 'wikili-de-chalid-al-azm',
        locator: 'text: interim president 4 April – 16 September 1941',
      },
      {
        source: 'wikial-khalid-al-azm',
        locator: 'infobox: Interim President 4 April 1941 – 16 September 1941',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'sy-head-of-state-taj-al-din-al-hasani-1941',
    personId: 'taj-al-din-al-hasani',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of the Syrian Republic (Head of State)',
    start: '1941-09-16',
    end: '1943-01-17',
    sources: [
      {
        source: 'wikipedia-en-taj-al-din-al-hasani',
        locator: 'infobox: 16 September 1941 – 17 January 1943',
      },
      {
        source: 'zxc-de-taj-ad-din-al-hasani',
        locator: 'Life: reinstated 16 September 1941; died 17 January 1943',
      },
      {
        source: 'mirror-chromiummoun824-list-of-presidents-of-syria',
        locator: "table, No. 6: 'Hasani died in office'",
      },
    ],
    confidence: 'reported',
    note: 'Died in office.',
  },
  {
    id: 'sy-head-of-state-jamil-al-ulshi-1943',
    personId: 'jamil-al-ulshi',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Acting Head of State',
    start: '1943-01-17',
    end: '1943-03-25',
    acting: true,
    sources: [
      {
        source: 'swiki-jamil-al-ulshi',
        locator: 'infobox: interim president 17 January 1943 – 25 March 1943',
      },
      {
        source: 'perceptiopt-ru-jamil-al-ulshi',
        locator: 'infobox: acting President 17 January 1943 – 25 March 1943',
      },
      {
        source: 'eudic-list-of-presidents-of-syria',
        locator: 'table',
      },
      {
        source: 'perceptiofr-jamil-al-ulshi',
        locator: 'infobox: acting President of Syria, 17 January 1943 – 25 March 1943',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1943-03-17',
        sources: [
          {
            source: 'damapedia-jamil-al-ulshi',
            locator: 'acting president from 17 January 1943 until 17 March 1943',
          },
        ],
      },
    ],
  },
  {
    id: 'sy-head-of-state-ata-al-ayyubi-1943',
    personId: 'ata-al-ayyubi',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Acting Head of State',
    start: '1943-03-25',
    end: '1943-08-17',
    acting: true,
    sources: [
      {
        source: 'wikipedia-en-ata-bey-al-ayyubi',
        locator: 'infobox: 25 March 1943 – 17 August 1943',
      },
      {
        source: 'kiwix-de-ata-al-ayyubi',
        locator: 'text: President 25 March – 17 August 1943',
      },
      {
        source: 'eudic-list-of-presidents-of-syria',
        locator: 'table, No. 7',
      },
      {
        source: 'damapedia-ata-al-ayyubi',
        locator: 'acting head of state from 25 March until 17 August 1943',
      },
      {
        source: 'kiwix-ar-ata-al-ayyubi',
        locator: 'installed as acting head of state under the constitution',
      },
      {
        source: 'areq-ata-al-ayyubi',
        locator: "'interim Syrian president'",
      },
    ],
    confidence: 'verified',
    note: 'Acting head of state under the constitution, as his predecessor al-Ulshi had been (Damapedia; Arabic Wikipedia).',
  },
  {
    id: 'sy-head-of-state-shukri-al-quwatli-1943',
    personId: 'shukri-al-quwatli',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of the Syrian Republic',
    start: '1943-08-17',
    end: '1949-03-30',
    sources: [
      {
        source: 'ipfs-fa-wikipedia-shukri-quwatli',
        locator: 'infobox: ۱۷ اوت ۱۹۴۳ – ۳۰ مارس ۱۹۴۹',
      },
      {
        source: 'perceptiopt-ru-al-kuatli-shukri',
        locator: 'infobox: 17 August 1943 – 30 March 1949',
      },
      {
        source: 'bookree-bse-kuatli-shukri',
        locator: "'В августе 1943 — марте 1949 президент Сирии'; coup of 30 March 1949",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1949-03-29',
        sources: [
          {
            source: 'kiwix-ar-shukri-al-quwatli',
            locator: 'infobox: 17 August 1943 – 29 March 1949',
          },
        ],
      },
    ],
    note: "Overthrown by Husni al-Za'im's coup of 30 March 1949. Find a Grave and the Indonesian Wikipedia give 30 May 1949 as end, apparently a typo.",
  },
  {
    id: 'sy-head-of-state-husni-al-zaim-1949',
    personId: 'husni-al-zaim',
    polity: 'SY',
    office: 'head-of-state',
    title:
      'Commander-in-Chief of the Army and Armed Forces (head of state after coup); President of the Syrian Republic from 26 June 1949',
    start: '1949-03-30',
    end: '1949-08-14',
    sources: [
      {
        source: 'archontology-syria-heads-of-state-1949-1958',
        locator: 'Commander-in-Chief 30 Mar 1949 - 26 Jun 1949; President 26 Jun 1949 - 14 Aug 1949',
      },
      {
        source: 'wikipedia-en-husni-al-zaim',
        locator: 'Coup of 1949: seized power 30 March 1949; infobox President 26 June – 14 August 1949',
      },
      {
        source: 'syrianhistory-husni-al-zaim-814',
        locator: 'caption: coup on March 30, 1949; ruled 137 days',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1949-06-26',
        sources: [
          {
            source: 'wikipedia-en-husni-al-zaim',
            locator: 'infobox: President of Syria, term start 26 June 1949',
          },
        ],
        note: 'date he became President after the plebiscite',
      },
      {
        field: 'start',
        value: '1949-04-11',
        sources: [
          {
            source: 'piglix-husni-al-zaim-older',
            locator: 'infobox: President of Syria 11 April 1949 – 14 August 1949',
          },
        ],
        note: 'older English Wikipedia revision',
      },
    ],
    note: 'Military ruler; killed in the coup of 14 August 1949.',
  },
  {
    id: 'sy-head-of-state-hashim-al-atassi-1949',
    personId: 'hashim-al-atassi',
    polity: 'SY',
    office: 'head-of-state',
    title:
      'Prime Minister exercising head-of-state powers; Head of State from 14 Dec 1949; President of the Syrian Republic from 5 Sep 1950',
    start: '1949-08-15',
    end: '1951-12-02',
    sources: [
      {
        source: 'archontology-syria-heads-of-state-1949-1958',
        locator:
          'President of the Council of Ministers 15 Aug – 14 Dec 1949; Head of State 14 Dec 1949 – 5 Sep 1950; President 5 Sep 1950 – 2 Dec 1951',
      },
      {
        source: 'kiwix-fr-sami-al-hinnaoui',
        locator: 'text: 15 August power transferred to Atassi government',
      },
      {
        source: 'mawsoati-hashim-al-atassi',
        locator: 'text: resigned 2 December 1951',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1949-12-19',
        sources: [
          {
            source: 'wikipedia-en-hashim-al-atassi',
            locator: 'infobox term 2: 19 December 1949 – 2 December 1951',
          },
        ],
        note: 'English Wikipedia counts his presidency from 19 December 1949',
      },
      {
        field: 'start',
        value: '1949-12-14',
        sources: [
          {
            source: 'archontology-syria-heads-of-state-1949-1958',
            locator: 'Head of State from 14 Dec 1949',
          },
        ],
        note: 'date of the formal head-of-state title',
      },
      {
        field: 'start',
        value: '1949-12-02',
        sources: [
          {
            source: 'perceptiopt-ru-al-atasi-hashim',
            locator: 'infobox: acting President 2 December 1949 – 24 December 1951',
          },
        ],
        note: 'Russian Wikipedia',
      },
      {
        field: 'end',
        value: '1951-12-24',
        sources: [
          {
            source: 'perceptiopt-ru-al-atasi-hashim',
            locator: 'infobox',
          },
          {
            source: 'wikiplanet-hashim-al-atassi',
            locator: 'infobox: December 1949 – 24 December 1951',
          },
        ],
        note: 'Russian Wikipedia and an older English revision',
      },
    ],
    note: "Resigned after Shishakli's second coup (arrest of the Dawalibi cabinet).",
  },
  {
    id: 'sy-head-of-state-said-ishaq-1951',
    personId: 'said-ishaq',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Acting President of Syria (first deputy speaker of parliament)',
    start: '1951-12-02',
    end: '1951-12-03',
    acting: true,
    sources: [
      {
        source: 'sfuturem-said-ishaq',
        locator:
          "Atassi resigned on 2 December 1951 to Ishaq, 'acting president for 24 hours (from December 2 to 3, 1951)'",
      },
      {
        source: 'syrmh-said-ishaq',
        locator: 'held the office of President of the Republic for 24 hours',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'personId',
        value: 'adib-al-shishakli',
        sources: [
          {
            source: 'archontology-syria-heads-of-state-1949-1958',
            locator: '2 Dec 1951 - 3 Dec 1951',
          },
          {
            source: 'wikipedia-en-fawzi-selu',
            locator: "infobox predecessor: 'Adib Shishakli (acting)'",
          },
        ],
        note: 'Archontology lists Shishakli, as chairman of the Supreme Military Council, as head of state on these two days.',
      },
    ],
    note: 'syrianhistory.com says he was acting president "for two weeks in 1951".',
  },
  {
    id: 'sy-head-of-state-fawzi-selu-1951',
    personId: 'fawzi-selu',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Head of State (President of Syria under military rule)',
    start: '1951-12-03',
    end: '1953-07-11',
    sources: [
      {
        source: 'wikipedia-en-fawzi-selu',
        locator: 'infobox: December 3, 1951 – July 11, 1953',
      },
      {
        source: 'perceptiono-ru-fauzi-as-selu',
        locator: 'infobox: 3 December 1951 – 11 July 1953',
      },
      {
        source: 'syrianhistory-fawzi-selu-1952',
        locator: 'caption: head of state from November 1951 coup until July 1953',
      },
    ],
    confidence: 'verified',
    note: 'Titular head; Shishakli held real power.',
  },
  {
    id: 'sy-head-of-state-adib-al-shishakli-1953',
    personId: 'adib-al-shishakli',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of Syria',
    start: '1953-07-11',
    end: '1954-02-25',
    sources: [
      {
        source: 'kiwix-ru-adib-ash-shishakli',
        locator: 'infobox: 11 июля 1953 — 25 февраля 1954',
      },
      {
        source: 'misplaced-pages-adib-shishakli',
        locator: 'infobox: 11 July 1953 – 25 February 1954',
      },
    ],
    confidence: 'reported',
    note: 'Overthrown by military revolt; fled the country.',
  },
  {
    id: 'sy-head-of-state-maamun-al-kuzbari-1954',
    personId: 'maamun-al-kuzbari',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Acting President (as Speaker of Parliament)',
    start: '1954-02-25',
    end: '1954-02-28',
    acting: true,
    sources: [
      {
        source: 'zxc-de-maamun-al-kuzbari',
        locator:
          'Political career: head of state for two days after 25 February 1954, handed over to al-Atassi on 28 February 1954',
      },
      {
        source: 'gutenberg-maamun-al-kuzbari',
        locator: 'text: declared acting President on February 25, 1954',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1954-02-26',
        sources: [
          {
            source: 'aljazeera-mubasher-maamun-al-kuzbari',
            locator: 'interim president between 26 February 1954 and 28 February 1954',
          },
          {
            source: 'thelevantnews-maamun-al-kuzbari',
            locator: '(26–28) February 1954',
          },
        ],
      },
      {
        field: 'end',
        value: '1954-03-01',
        sources: [
          {
            source: 'damapedia-maamun-al-kuzbari',
            locator: 'acting president after Shishakli resigned, from 25 February until 1 March 1954',
          },
        ],
      },
    ],
  },
  {
    id: 'sy-head-of-state-hashim-al-atassi-1954',
    personId: 'hashim-al-atassi',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of the Syrian Republic',
    start: '1954-02-28',
    end: '1955-09-06',
    sources: [
      {
        source: 'wikipedia-en-hashim-al-atassi',
        locator: 'infobox term 3: 28 February 1954 – 6 September 1955',
      },
      {
        source: 'zxc-de-maamun-al-kuzbari',
        locator: 'handed the presidency to al-Atassi on 28 February 1954',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1954-03-01',
        sources: [
          {
            source: 'perceptiopt-ru-al-atasi-hashim',
            locator: 'infobox: 1 March 1954 – 6 September 1955',
          },
          {
            source: 'wikiplanet-hashim-al-atassi',
            locator: 'infobox: 1 March 1954 – 6 September 1955',
          },
          {
            source: 'syrianhistory-atasi-damascus-university-1954',
            locator: 'caption: returned to power, photo dated March 1, 1954',
          },
        ],
        note: '1 March 1954 in several sources',
      },
    ],
    note: 'Restored to complete his interrupted term.',
  },
  {
    id: 'sy-head-of-state-shukri-al-quwatli-1955',
    personId: 'shukri-al-quwatli',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of the Syrian Republic',
    start: '1955-09-06',
    end: '1958-02-22',
    sources: [
      {
        source: 'ipfs-fa-wikipedia-shukri-quwatli',
        locator: 'infobox: ۶ سپتامبر ۱۹۵۵ – ۲۲ فوریه ۱۹۵۸',
      },
      {
        source: 'perceptiopt-ru-al-kuatli-shukri',
        locator: 'infobox: 6 September 1955 – 22 February 1958',
      },
      {
        source: 'findagrave-shukri-al-quwatli',
        locator: 'bio: September 6, 1955 to February 22, 1958',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1955-09-05',
        sources: [
          {
            source: 'aenciclopedia-choukri-al-kouatli',
            locator: 'infobox: 5 de setembro de 1955 - 22 de fevereiro de 1958',
          },
        ],
        note: 'French Wikipedia (via Portuguese translation)',
      },
    ],
    note: 'Ended with the union of Syria and Egypt in the United Arab Republic on 22 February 1958.',
  },
  {
    id: 'uar-head-of-state-gamal-abdel-nasser-1958',
    personId: 'gamal-abdel-nasser',
    polity: 'UAR',
    office: 'head-of-state',
    title: 'President of the United Arab Republic',
    start: '1958-02-22',
    end: '1961-09-28',
    sources: [
      {
        source: 'wikimili-united-arab-republic',
        locator: 'infobox (Formation 22 February 1958; Syrian secession 28 September 1961)',
      },
      {
        source: 'omniatlas-eastern-mediterranean-1958-united-arab-republic',
        locator: 'Main Events: 22 Feb 1958–5 Oct 1961 United Arab Republic',
      },
      {
        source: 'about-com-1-february-1958-creation-of-the-united-arab-republic',
        locator: 'article body (agreement signed 22 February; Nasser elected president)',
      },
      {
        source: 'wikipedia-en-1961-syrian-coup-d-etat',
        locator: 'infobox and lead (coup of 28 September 1961 broke up the UAR)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1958-02-05',
        sources: [
          {
            source: 'polskieradio-faruk-i-ostatni-krol-egiptu',
            locator: "section 'Zjednoczyć świat arabski'",
          },
        ],
        note: 'date Nasser was named/nominated president of the UAR, before the 21 February plebiscite',
      },
    ],
    note: "End date here is Syria's secession (coup of 28 September 1961); Nasser remained President of the UAR (Egypt alone) until his death in 1970, which is outside this Syria dataset. Omniatlas notes Nasser recognised the secession on 5 October 1961.",
  },
  {
    id: 'sy-head-of-state-maamun-al-kuzbari-1961',
    personId: 'maamun-al-kuzbari',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Prime Minister and acting head of state',
    start: '1961-09-29',
    end: '1961-11-20',
    acting: true,
    sources: [
      {
        source: 'en-academic-maamun-al-kuzbari',
        locator: 'infobox (Interim President of Syria, September 29 1961 – November 20 1961)',
      },
      {
        source: 'marefa-maamun-al-kuzbari',
        locator: 'lead (ترأس الجمهورية 29 سبتمبر - 20 نوفمبر 1961)',
      },
      {
        source: 'thelevantnews-kuzbari-rajul-al-marhala',
        locator: 'article body (29 أيلول إلى 20 تشرين الثاني 1961)',
      },
    ],
    confidence: 'verified',
    note: "Appointed after the 28 September 1961 secession coup by officers of the Supreme Arab Revolutionary Command of the Armed Forces; sources describe him as prime minister (also defence and foreign minister) exercising head-of-state functions ('acting head of state' / 'interim president'), not as head of the officers' command. Resigned 20 November 1961.",
  },
  {
    id: 'sy-head-of-state-izzat-al-nuss-1961',
    personId: 'izzat-al-nuss',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Prime Minister and acting head of state',
    start: '1961-11-20',
    end: '1961-12-14',
    acting: true,
    sources: [
      {
        source: 'simple-wikipedia-president-of-syria',
        locator: 'List table, Second Syrian Republic (1961–1963)',
      },
      {
        source: 'teknopedia-ar-izzat-al-nuss',
        locator: 'infobox (رئيس وزراء سوريا 20 نوفمبر 1961 – 14 ديسمبر 1961; رئيس الجمهورية العربية السورية 1961)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1961-11-21',
        sources: [
          {
            source: 'damapedia-izzat-al-nuss',
            locator: 'head of the Syrian government from 21 November until 23 December 1961',
          },
        ],
        note: 'Damapedia calls him head of government only, never acting head of state.',
      },
    ],
    note: 'Both sources are Wikipedia editions (Simple English list; Arabic article, which gives only the year 1961 for the head-of-state role and the exact dates for his premiership).',
  },
  {
    id: 'sy-head-of-state-nazim-al-qudsi-1961',
    personId: 'nazim-al-qudsi',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of Syria',
    start: '1961-12-14',
    end: '1962-03-28',
    sources: [
      {
        source: 'damapedia-nazim-al-qudsi',
        locator: 'lead (elected 14 كانون الأول 1961; coup of 28 آذار 1962)',
      },
      {
        source: 'absoluteastronomy-nazim-al-kudsi',
        locator: 'lead (14 December 1961 - 8 March 1963)',
      },
      {
        source: 'simple-wikipedia-president-of-syria',
        locator: 'List table (14 December 1961)',
      },
      {
        source: 'country-studies-syria-coups-and-countercoups-1961-70',
        locator: 'paragraph 3 (March 28, 1962 coup; Qudsi resigned)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1961-12-12',
        sources: [
          {
            source: 'piglix-nazim-al-kudsi',
            locator: 'infobox (In office December 12, 1961 – March 7, 1963)',
          },
        ],
        note: 'infobox date in an older English Wikipedia copy; its own lead says 14 December 1961',
      },
    ],
    note: "Interrupted by Abd al-Karim al-Nahlawi's coup of 28 March 1962: Qudsi was arrested and resigned (later withdrew the resignation).",
  },
  {
    id: 'sy-head-of-state-nazim-al-qudsi-1962',
    personId: 'nazim-al-qudsi',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of Syria',
    start: '1962-04-10',
    end: '1963-03-08',
    sources: [
      {
        source: 'country-studies-syria-coups-and-countercoups-1961-70',
        locator: 'paragraph 3 (On April 10 Qudsi resumed the presidency)',
      },
      {
        source: 'allrefer-syria-coups-and-countercoups-1961-70',
        locator: 'paragraph 3 (On April 10 Qudsi resumed the presidency)',
      },
      {
        source: 'damapedia-nazim-al-qudsi',
        locator: 'lead (returned to the palace until the coup of 8 آذار 1963)',
      },
      {
        source: 'absoluteastronomy-nazim-al-kudsi',
        locator: 'lead (to 8 March 1963)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1962-04-02',
        sources: [
          {
            source: 'liquisearch-nazim-al-kudsi-exile',
            locator: 'section Exile (counter coup on 2 April ... releasing Kudsi from prison)',
          },
          {
            source: 'worldatlas-prime-ministers-of-syria',
            locator: 'section Khalid al-Azm (counter-coup on April 2)',
          },
        ],
        note: 'date of the counter-coup that released Qudsi',
      },
      {
        field: 'end',
        value: '1963-03-07',
        sources: [
          {
            source: 'piglix-nazim-al-kudsi',
            locator: 'infobox (March 7, 1963)',
          },
        ],
        note: 'infobox date in an older English Wikipedia copy',
      },
    ],
    note: "Reinstated after a counter-coup; overthrown by the Ba'athist/Nasserist officers' coup of 8 March 1963. The two Library of Congress copies are the same text, not independent.",
  },
  {
    id: 'sy-head-of-state-lu-ay-al-atassi-1963',
    personId: 'lu-ay-al-atassi',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Chairman of the National Council for the Revolutionary Command',
    start: '1963-03-09',
    end: '1963-07-27',
    sources: [
      {
        source: 'wikisum-lu-ay-al-atassi',
        locator: 'lead (president of Syria from 9 March to 27 July 1963)',
      },
      {
        source: 'brorelol-wikipedia-luai-al-atassi',
        locator:
          'infobox and lead (March 9, 1963 – July 27, 1963; Chairman of the National Revolutionary Command Council)',
      },
      {
        source: 'damapedia-luay-al-atassi',
        locator: 'lead (chairman until 27 تموز 1963)',
      },
      {
        source: 'wikipedia-en-national-council-for-the-revolutionary-command',
        locator: 'lead (NCRC ruled March 1963 – February 1966; Military Committee held real power)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1963-03-23',
        sources: [
          {
            source: 'academic-ruwiki-atassi-luai',
            locator: 'infobox (23 марта 1963 — 27 июля 1963)',
          },
          {
            source: 'wikisum-lu-ay-al-atassi',
            locator: 'body (made him president on 23 March)',
          },
        ],
        note: 'date he was formally made president/chairman; appointed to the NCRC right after the 8 March coup',
      },
    ],
    note: "Figurehead with limited presidential powers; resigned 27 July 1963 after the failed Nasserist coup attempt of 18 July. Real power lay with the Ba'athist Military Committee inside the NCRC.",
  },
  {
    id: 'sy-head-of-state-amin-al-hafiz-1963',
    personId: 'amin-al-hafiz',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Chairman of the National Council for the Revolutionary Command (President of Syria)',
    start: '1963-07-27',
    end: '1966-02-23',
    sources: [
      {
        source: 'wikipedia-en-amin-al-hafiz',
        locator: 'infobox (President of Syria 27 July 1963 – 23 February 1966)',
      },
      {
        source: 'factsnippet-amin-al-hafiz',
        locator: 'facts 1 and 5',
      },
      {
        source: 'syrianhistory-amin-al-hafez',
        locator: 'caption (head of state 1963-1966, toppled February 1966)',
      },
    ],
    confidence: 'verified',
    note: 'Overthrown by the 23 February 1966 coup of the Salah Jadid faction.',
  },
  {
    id: 'sy-head-of-state-nureddin-al-atassi-1966',
    personId: 'nureddin-al-atassi',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of Syria (Head of State)',
    start: '1966-02-25',
    end: '1970-11-18',
    sources: [
      {
        source: 'wikipedia-en-nureddin-al-atassi',
        locator: 'infobox (President of Syria 25 February 1966 – 18 November 1970)',
      },
      {
        source: 'wikipedia-en-1970-syrian-coup-d-etat',
        locator: 'infobox Result (Atassi remains in office of President until 18 November 1970)',
      },
      {
        source: 'damapedia-nureddin-al-atassi',
        locator: 'lead (25 شباط 1966)',
      },
      {
        source: 'baznews-nureddin-al-atassi-25-february',
        locator: 'headline (25 شباط 1966)',
      },
      {
        source: 'zaytoday-nureddin-al-atassi',
        locator: 'president from 25 February 1966 until 18 November 1970',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1970-11-16',
        sources: [
          {
            source: 'damapedia-nureddin-al-atassi',
            locator: 'lead (حتى 16 تشرين الثاني 1970)',
          },
        ],
        note: 'Damapedia gives 16 November 1970 (date of his arrest)',
      },
      {
        field: 'start',
        value: '1966-03-01',
        sources: [
          {
            source: 'damapedia-nureddin-al-atassi-2',
            locator: 'took up his duties on 1 March 1966',
          },
        ],
      },
      {
        field: 'end',
        value: '1970-10-18',
        sources: [
          {
            source: 'almasryalyoum-nureddin-al-atassi-ousted',
            locator: "forced to resign 'on this day, 18 October 1970'",
          },
        ],
        note: 'Probably an error in the article (a month early), but printed by a mainstream newspaper.',
      },
    ],
    note: "Largely a figurehead; real power with Salah Jadid (see de-facto-ruler tenure). Vacancy 23–25 February 1966 after Amin al-Hafiz's overthrow.",
  },
  {
    id: 'sy-head-of-state-ahmad-al-khatib-1970',
    personId: 'ahmad-al-khatib',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Head of State (acting President of Syria)',
    start: '1970-11-18',
    end: '1971-02-22',
    acting: true,
    sources: [
      {
        source: 'zxc-wiki-de-ahmed-al-chatib',
        locator: 'lead (appointed formal head of state 18 November 1970; 22 February 1971 became Speaker)',
      },
      {
        source: 'wikipedia-en-1970-syrian-coup-d-etat',
        locator: 'infobox Result (acting President on 18 November 1970)',
      },
      {
        source: 'damapedia-ahmad-al-hasan-al-khatib',
        locator: 'section رئيساً للدولة (resigned 22 شباط 1971)',
      },
      {
        source: 'syria-news-khatib-resignation-photo',
        locator: 'caption (resigned officially 22 February 1971)',
      },
    ],
    confidence: 'verified',
    note: 'Figurehead installed after the Corrective Movement; Hafez al-Assad was prime minister and real ruler.',
  },
  {
    id: 'sy-head-of-state-hafez-al-assad-1971',
    personId: 'hafez-al-assad',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of Syria',
    start: '1971-03-14',
    end: '2000-06-10',
    sources: [
      {
        source: 'wikipedia-en-hafez-al-assad-bradmurray-mirror',
        locator: 'infobox (18th President of Syria, 14 March 1971 – 10 June 2000)',
      },
      {
        source: 'academic-ruwiki-hafez-al-asad',
        locator: 'infobox (end 10 июня 2000)',
      },
      {
        source: 'britannica-summary-hafiz-al-assad',
        locator: 'summary (President 1971–2000; died June 10, 2000)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1971-02-22',
        sources: [
          {
            source: 'academic-ruwiki-hafez-al-asad',
            locator: 'infobox (22 февраля 1971 — 10 июня 2000)',
          },
          {
            source: 'statesmans-yearbook-syria-1985',
            locator: 'history paragraph (assumed the Presidency on 22 Feb. 1971)',
          },
        ],
        note: 'date Khatib resigned and Assad assumed/was nominated to the presidency',
      },
      {
        field: 'start',
        value: '1971-03-12',
        sources: [
          {
            source: 'wikipedia-en-hafez-al-assad-kiwix-2025-09',
            locator: 'infobox (17th President of Syria, 12 March 1971)',
          },
        ],
        note: 'date used by other English Wikipedia versions (referendum)',
      },
    ],
    note: "Died in office. Start dates differ between sources: 22 February 1971 (Khatib's resignation; Assad nominated/assumed presidency), 12 March 1971 (referendum) and 14 March 1971 (used by some English Wikipedia versions).",
  },
  {
    id: 'sy-head-of-state-abdul-halim-khaddam-2000',
    personId: 'abdul-halim-khaddam',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Acting President of Syria',
    start: '2000-06-10',
    end: '2000-07-17',
    acting: true,
    sources: [
      {
        source: 'simple-wikipedia-abdul-halim-khaddam',
        locator: 'infobox (President of Syria, Interim, 10 June 2000 – 17 July 2000)',
      },
      {
        source: 'russianwiki-abdel-halim-haddam',
        locator: 'infobox (10 июня — 17 июля 2000)',
      },
      {
        source: 'liga-net-haddam-died',
        locator: 'article (и.о. президента с 10 июня до 17 июля 2000)',
      },
    ],
    confidence: 'verified',
    note: "Vice President; acting head of state between Hafez al-Assad's death and Bashar al-Assad's inauguration.",
  },
  {
    id: 'sy-head-of-state-bashar-al-assad-2000',
    personId: 'bashar-al-assad',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of Syria',
    start: '2000-07-17',
    end: '2024-12-08',
    sources: [
      {
        source: 'infoplease-profile-of-bashar-al-assad',
        locator: 'profile (took the oath of office on 17 July 2000)',
      },
      {
        source: 'russianwiki-abdel-halim-haddam',
        locator: 'infobox, successor (Башар Асад, acting period ending 17 July 2000)',
      },
      {
        source: 'wionews-bashar-al-assad-syrias-tyrant',
        locator: 'article dated 2024-12-08 (rebels took Damascus; end of 24-year rule)',
      },
    ],
    confidence: 'verified',
    note: 'Fled to Russia when opposition forces took Damascus on 8 December 2024.',
  },
  {
    id: 'sy-head-of-state-ahmed-al-sharaa-2025',
    personId: 'ahmed-al-sharaa',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of Syria (for the transitional period)',
    start: '2025-01-29',
    end: null,
    acting: true,
    sources: [
      {
        source: 'simple-wikipedia-president-of-syria',
        locator:
          'intro (On 29 January 2025, Ahmed al-Sharaa was appointed as the 20th president of Syria for the transitional government)',
      },
      {
        source: 'osnmedia-ash-sharaa-interim-president',
        locator: 'article (29 января 2025, назначен временным главой Сирии)',
      },
      {
        source: 'lifelines-ash-sharaa-new-government',
        locator: 'article (29 января объявлен президентом Сирии на переходный период)',
      },
    ],
    confidence: 'verified',
    note: 'Named president for the transitional period by the Military Operations Command (marked acting: sources call the presidency interim or transitional); the constitutional declaration of 13 March 2025 sets a five-year transition. Between 8 December 2024 and this date there was no president; al-Sharaa led as de facto ruler. No source seen reports him leaving office, so end is null.',
  },
  {
    id: 'sy-de-facto-ruler-sami-al-hinnawi-1949',
    personId: 'sami-al-hinnawi',
    polity: 'SY',
    office: 'de-facto-ruler',
    title: 'Chairman of the Supreme War Council; then Chief of Staff (military strongman)',
    start: '1949-08-14',
    end: '1949-12-19',
    sources: [
      {
        source: 'archontology-syria-heads-of-state-1949-1958',
        locator: 'Commander-in-Chief 14 Aug 1949 - 15 Aug 1949 (as head of state)',
      },
      {
        source: 'kiwix-fr-sami-al-hinnaoui',
        locator:
          "infobox: Président du Conseil suprême de guerre (chef de l'État), 1 day; transferred executive power to Atassi's government on 15 August",
      },
      {
        source: 'kiwix-en-august-1949-syrian-coup',
        locator: "lead: coup of August 14; 'On December 19, 1949, he was ousted by Colonel Adib al-Shishakli'",
      },
      {
        source: 'syrianhistory-execution-zaim-barazi-1949',
        locator: 'caption: Hinnawi toppled and arrested in December 1949',
      },
    ],
    confidence: 'verified',
    note: "Formal head of state only 14–15 August 1949; afterwards civilian Hashim al-Atassi headed the state while Hinnawi remained army chief until Shishakli's coup.",
  },
  {
    id: 'sy-de-facto-ruler-adib-al-shishakli-1949',
    personId: 'adib-al-shishakli',
    polity: 'SY',
    office: 'de-facto-ruler',
    title: 'Military strongman (Deputy Chief of Staff / Chief of Staff)',
    start: '1949-12-19',
    end: '1953-07-11',
    sources: [
      {
        source: 'kiwix-en-august-1949-syrian-coup',
        locator: 'lead: Hinnawi ousted by Shishakli on December 19, 1949',
      },
      {
        source: 'time-1951-out-from-behind-the-throne',
        locator: "'the strong man of Syria ... came to power through a coup in December 1949'",
      },
      {
        source: 'wikipedia-en-fawzi-selu',
        locator: 'Career: Shishakli retained real power as deputy chief of staff under Selu',
      },
    ],
    confidence: 'verified',
    note: 'Real power behind Presidents Atassi (to Dec 1951) and Fawzi Selu (Dec 1951 – July 1953); became President himself on 11 July 1953.',
  },
  {
    id: 'sy-de-facto-ruler-abd-al-karim-al-nahlawi-1962',
    personId: 'abd-al-karim-al-nahlawi',
    polity: 'SY',
    office: 'de-facto-ruler',
    title: 'Leader of the March 1962 military coup (General Command of the Army and Armed Forces)',
    start: '1962-03-28',
    end: '1962-04-02',
    sources: [
      {
        source: 'qaz-wiki-fr-abd-al-karim-al-nahlawi',
        locator: 'lead (dirigeant brièvement la Syrie (28 mars - 2 avril))',
      },
      {
        source: 'country-studies-syria-coups-and-countercoups-1961-70',
        locator:
          'paragraph 3 (executive and legislative functions taken over by the General Command of the Army and Armed Forces)',
      },
      {
        source: 'time-1962-revolt-no-7',
        locator: 'article (coup engineered by the officers who led the September revolt)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1962-04-05',
        sources: [
          {
            source: 'country-studies-syria-coups-and-countercoups-1961-70',
            locator: 'paragraph 3 (on April 5 the seven officers who organized the coup were sent into exile)',
          },
        ],
        note: 'date the coup officers were exiled',
      },
      {
        field: 'end',
        value: '1962-04-01',
        sources: [
          {
            source: 'damapedia-abd-al-karim-al-nahlawi',
            locator: 'officers meeting in Homs on 1 April 1962 decided to remove him from the army and exile him',
          },
        ],
      },
    ],
    note: 'Only one source names Nahlawi as personally ruling; the Library of Congress text attributes power to the General Command of the Army and Armed Forces. Head-of-state office vacant in this interval (Qudsi had resigned).',
  },
  {
    id: 'sy-de-facto-ruler-salah-jadid-1966',
    personId: 'salah-jadid',
    polity: 'SY',
    office: 'de-facto-ruler',
    title: "Assistant Regional Secretary of the Ba'ath Party (Syrian Regional Branch)",
    start: '1966-02-23',
    end: '1970-11-13',
    sources: [
      {
        source: 'wikipedia-en-salah-jadid-kiwix-2025-06',
        locator: 'lead and infobox (de facto leader 1966–1970; Assistant Regional Secretary until 13 November 1970)',
      },
      {
        source: 'universalium-jadid-salah-al',
        locator: 'entry (leader of the country from 1966 to 1970)',
      },
      {
        source: 'russianwiki-dzhadid-salah',
        locator: 'lead (фактический руководитель страны в 1966—1970 годах)',
      },
      {
        source: 'factsnippet-amin-al-hafiz',
        locator: 'fact 5 (23 February 1966 coup headed by Jadid)',
      },
      {
        source: 'wikipedia-en-1970-syrian-coup-d-etat',
        locator: 'lead (coup of 13 November 1970)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1970-11-16',
        sources: [
          {
            source: 'damapedia-ahmad-al-khatib',
            locator: 'coup against Salah Jadid and Nureddin al-Atassi on 16 November 1970 (its lead says 17 November)',
          },
          {
            source: 'syria-news-khatib-resignation-photo',
            locator: "'the coup carried out by Hafez al-Assad on 16 November 1970'",
          },
        ],
        note: 'Some sources date the Corrective Movement coup to 16 November 1970.',
      },
    ],
    note: "Start = date of the coup he led against Amin al-Hafiz; end = Hafez al-Assad's Corrective Movement. Held only a party post; pages give years for the de facto rule, exact dates come from the coups.",
  },
  {
    id: 'sy-de-facto-ruler-hafez-al-assad-1970',
    personId: 'hafez-al-assad',
    polity: 'SY',
    office: 'de-facto-ruler',
    title: 'Leader of the Corrective Movement; Prime Minister of Syria',
    start: '1970-11-13',
    end: '1971-03-14',
    sources: [
      {
        source: 'wikipedia-en-1970-syrian-coup-d-etat',
        locator: 'lead (bloodless coup led by Hafez al-Assad on 13 November 1970)',
      },
      {
        source: 'wikipedia-en-hafez-al-assad-kiwix-2025-09',
        locator: 'infobox (Leader of Syria, de facto 18 November 1970 – 12 March 1971)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1970-11-18',
        sources: [
          {
            source: 'wikipedia-en-hafez-al-assad-kiwix-2025-09',
            locator: 'infobox (De facto 18 November 1970)',
          },
        ],
        note: 'date Atassi left the presidency and Khatib became acting head of state',
      },
      {
        field: 'end',
        value: '1971-03-12',
        sources: [
          {
            source: 'wikipedia-en-hafez-al-assad-kiwix-2025-09',
            locator: 'infobox (De facto ... – 12 March 1971)',
          },
        ],
        note: 'presidency start date used in that version',
      },
      {
        field: 'start',
        value: '1970-11-16',
        sources: [
          {
            source: 'damapedia-ahmad-al-khatib',
            locator: 'coup against Salah Jadid and Nureddin al-Atassi on 16 November 1970 (its lead says 17 November)',
          },
          {
            source: 'syria-news-khatib-resignation-photo',
            locator: "'the coup carried out by Hafez al-Assad on 16 November 1970'",
          },
        ],
        note: 'Some sources date the Corrective Movement coup to 16 November 1970.',
      },
    ],
    note: 'Ends when he became President; that date is itself disputed (22 February / 12 March / 14 March 1971, see his head-of-state tenure). Prime Minister from 21 November 1970.',
  },
  {
    id: 'sy-de-facto-ruler-ahmed-al-sharaa-2024',
    personId: 'ahmed-al-sharaa',
    polity: 'SY',
    office: 'de-facto-ruler',
    title: "Leader of Syria (de facto; leader of Hay'at Tahrir al-Sham)",
    start: '2024-12-08',
    end: '2025-01-29',
    sources: [
      {
        source: 'askwikinow-ahmed-al-sharaa',
        locator: 'infobox (Leader of Syria, assumed office 8 December 2024)',
      },
      {
        source: 'topzle-ahmed-al-sharaa',
        locator: 'lead (de facto leader from December 2024 until his appointment as president)',
      },
      {
        source: 'osnmedia-ash-sharaa-interim-president',
        locator: 'article dated 29 January 2025',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'sy-head-of-government-ali-rida-al-rikabi-1918',
    personId: 'ali-rida-al-rikabi',
    polity: 'SY',
    office: 'head-of-government',
    title: 'Military Governor of OETA East; Chief of the Council of Directors',
    start: '1918-10-03',
    end: '1919-11-26',
    sources: [
      {
        source: 'wikipedia-en-list-of-heads-of-state-of-syria',
        locator: 'section OETA East administrators',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1918-09-30',
        sources: [
          {
            source: 'wikiwand-ca-president-de-siria',
            locator: 'Regne de Síria (1918-1920), Caps de govern',
          },
        ],
        note: 'Catalan list gives him as head of government 30 Sep – 5 Oct 1918, before Faisal',
      },
      {
        field: 'end',
        value: '1918-10-05',
        sources: [
          {
            source: 'wikiwand-ca-president-de-siria',
            locator: 'Regne de Síria (1918-1920), Caps de govern',
          },
        ],
        note: 'Catalan list ends his headship when Faisal took over on 5 Oct 1918',
      },
      {
        field: 'start',
        value: '1918-10-01',
        sources: [
          {
            source: 'wikimili-list-of-prime-ministers-of-syria',
            locator: 'Military Governor in OETA (1 October 1918 – 14 December 1919)',
          },
        ],
      },
      {
        field: 'end',
        value: '1919-12-14',
        sources: [
          {
            source: 'wikimili-list-of-prime-ministers-of-syria',
            locator: 'Military Governor in OETA (1 October 1918 – 14 December 1919)',
          },
        ],
      },
    ],
    note: 'Administrator under Emir Faisal, not head of state; Faisal appointed him Chief of the Council of Directors (i.e. prime minister). syrmh.com says he stayed military governor until succeeded by Emir Zeid.',
  },
  {
    id: 'sy-head-of-government-alaeddin-al-durubi-1920',
    personId: 'alaeddin-al-durubi',
    polity: 'SY',
    office: 'head-of-government',
    title: 'Prime Minister (Damascus government under French occupation)',
    start: '1920-07-25',
    end: '1920-08-21',
    sources: [
      {
        source: 'wikimili-list-of-prime-ministers-of-syria',
        locator: "'Aladdin Al-Droubi … 25 July 1920 – 20 August 1920'",
      },
      {
        source: 'zehrawi-alaeddin-al-durubi',
        locator: 'on 25 July 1920 King Faisal formed a government headed by Alaeddin al-Durubi',
      },
      {
        source: 'raseef22-durubi-assassination',
        locator: 'killed with the president of the Consultative Council on 21 August 1920 at Khirbet Ghazaleh',
      },
      {
        source: 'defzone-ar-alaeddin-al-durubi',
        locator: 'infobox: died 21 August 1920',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1920-07-26',
        sources: [
          {
            source: 'raseef22-durubi-assassination',
            locator: 'appointed head of government on 26 July 1920',
          },
        ],
      },
      {
        field: 'start',
        value: '1920-07-28',
        sources: [
          {
            source: 'defzone-ar-alaeddin-al-durubi',
            locator: 'infobox: in office 28 July 1920 – 21 August 1920',
          },
        ],
      },
      {
        field: 'end',
        value: '1920-08-20',
        sources: [
          {
            source: 'wikimili-list-of-prime-ministers-of-syria',
            locator: '25 July 1920 – 20 August 1920',
          },
          {
            source: 'feneks-durubi-assassination',
            locator: 'assassinated on 20 August 1920',
          },
        ],
      },
      {
        field: 'end',
        value: '1920-08-19',
        sources: [
          {
            source: 'gwady-jamil-al-ulshi',
            locator: 'Durubi assassinated on 19 August',
          },
        ],
      },
    ],
    note: "Assassinated in office. No Syrian head of state was named between Faisal's expulsion and the State of Damascus; this and the next tenure record the prime ministers of the Damascus government in that time.",
  },
  {
    id: 'sy-head-of-government-jamil-al-ulshi-1920',
    personId: 'jamil-al-ulshi',
    polity: 'SY',
    office: 'head-of-government',
    title: 'Prime Minister (acting until 6 September 1920)',
    start: '1920-08-21',
    end: '1920-11-30',
    sources: [
      {
        source: 'damapedia-first-ulshi-government-1920',
        locator:
          'acting head of government since al-Durubi was killed on 21 August 1920; government formed on 6 September 1920',
      },
      {
        source: 'gwady-jamil-al-ulshi',
        locator: 'acting prime minister for two weeks until 6 September; first cabinet 6/9/1920 – 30/11/1920',
      },
      {
        source: 'scppb-jamil-al-ulshi',
        locator: 'prime minister 6 September – 30 November 1920; resigned on 30 November 1920',
      },
      {
        source: 'wikipedia-ar-jamil-al-ulshi',
        locator: 'infobox: Prime Minister 6 September 1920 – 30 November 1920',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1920-11-20',
        sources: [
          {
            source: 'damapedia-first-ulshi-government-1920',
            locator: 'dissolved when the decision creating the states took effect, on 20 November 1920',
          },
        ],
      },
    ],
  },
  {
    id: 'ru-head-of-state-lev-kamenev-1917',
    personId: 'lev-kamenev',
    polity: 'RU',
    office: 'head-of-state',
    title: 'Chairman of the All-Russian Central Executive Committee',
    start: '1917-11-09',
    end: '1917-11-21',
    sources: [
      {
        source: 'qaz-no-lev-kamenev',
        locator: "infobox: '9. – 21. november 1917 … etterfulgt av Jakov Sverdlov'",
      },
      {
        source: 'liquisearch-all-russian-cec-history',
        locator: "'The first chairman of the CEC was Lev Kamenev'",
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'ru-head-of-state-yakov-sverdlov-1917',
    personId: 'yakov-sverdlov',
    polity: 'RU',
    office: 'head-of-state',
    title: 'Chairman of the All-Russian Central Executive Committee',
    start: '1917-11-21',
    end: '1919-03-16',
    sources: [
      {
        source: 'askwikinow-yakov-sverdlov',
        locator: 'infobox: 21 November 1917 – 16 March 1919',
      },
    ],
    confidence: 'reported',
    note: 'Died in office.',
  },
  {
    id: 'ru-head-of-state-mikhail-vladimirsky-1919',
    personId: 'mikhail-vladimirsky',
    polity: 'RU',
    office: 'head-of-state',
    title: 'Acting Chairman of the All-Russian Central Executive Committee',
    start: '1919-03-16',
    end: '1919-03-30',
    acting: true,
    sources: [
      {
        source: 'askwikinow-yakov-sverdlov',
        locator: "infobox: Sverdlov's successor (acting)",
      },
      {
        source: 'rin-kalinin-biography',
        locator: 'Kalinin elected chairman on 30 March 1919',
      },
      {
        source: 'biojizn-mikhail-vladimirsky',
        locator: "lead: 'И.о. Председателя Всероссийского ЦИК (16 марта 1919 — 30 марта 1919)'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ru-head-of-state-mikhail-kalinin-1919',
    personId: 'mikhail-kalinin',
    polity: 'RU',
    office: 'head-of-state',
    title: 'Chairman of the All-Russian Central Executive Committee',
    start: '1919-03-30',
    end: '1922-12-30',
    sources: [
      {
        source: 'rin-kalinin-biography',
        locator: "'On March 30, 1919, he was elected chairman of the All-Russian Central Executive Committee'",
      },
    ],
    confidence: 'reported',
    note: "He stayed chairman of the RSFSR's committee inside the Union; this tenure stops where the USSR was founded (30 December 1922), from which date the dataset follows him as a head of state of the USSR.",
  },
  {
    id: 'su-head-of-state-mikhail-kalinin-1922',
    personId: 'mikhail-kalinin',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Chairman of the Central Executive Committee of the USSR (one of four co-chairmen)',
    start: '1922-12-30',
    end: '1938-01-12',
    sources: [
      {
        source: 'traditio-kalinin',
        locator: 'infobox: председатель ЦИК СССР от РСФСР 30 декабря 1922 — 12 января 1938',
      },
      {
        source: 'askwikinow-mikhail-kalinin',
        locator: 'infobox: Chairman of the CEC of the Soviet Union (shared) 1922–1938',
      },
      {
        source: 'marjorie-wiki-staatsoberhaupt-sowjetunion',
        locator: '1922–1938: several co-equal chairmen of the CEC of the USSR, incl. Kalinin (1922–1938)',
      },
      {
        source: 'rin-kalinin-biography',
        locator: 'elected one of the four chairmen of the CEC of the USSR on 30 December 1922',
      },
    ],
    confidence: 'verified',
    note: 'Chairmanship of the CEC was shared among several co-chairmen (one per founding republic); Kalinin was chairman from the RSFSR (marjorie-wiki lists the co-chairmen).',
  },
  {
    id: 'su-head-of-state-mikhail-kalinin-1938-presidium',
    personId: 'mikhail-kalinin',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Chairman of the Presidium of the Supreme Soviet of the USSR',
    start: '1938-01-17',
    end: '1946-03-19',
    sources: [
      {
        source: 'traditio-kalinin',
        locator: 'infobox: председатель Президиума Верховного Совета СССР 17 января 1938 — 19 марта 1946',
      },
      {
        source: 'askwikinow-mikhail-kalinin',
        locator: 'infobox: 17 January 1938 – 19 March 1946',
      },
      {
        source: 'simple-wikipedia-mikhail-kalinin',
        locator: 'infobox: 17 January 1938 – 19 March 1946',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'su-head-of-state-nikolai-shvernik-1946',
    personId: 'nikolai-shvernik',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Chairman of the Presidium of the Supreme Soviet of the USSR',
    start: '1946-03-19',
    end: '1953-03-15',
    sources: [
      {
        source: 'archontology-shvernik',
        locator: 'Term: 19 Mar 1946 - 15 Mar 1953',
      },
      {
        source: 'wikipedia-en-nikolai-shvernik',
        locator: 'infobox: 19 March 1946 – 15 March 1953',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'su-head-of-state-kliment-voroshilov-1953',
    personId: 'kliment-voroshilov',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Chairman of the Presidium of the Supreme Soviet of the USSR',
    start: '1953-03-15',
    end: '1960-05-07',
    sources: [
      {
        source: 'worddisk-kliment-voroshilov',
        locator: 'infobox: 15 March 1953 – 7 May 1960',
      },
      {
        source: 'historica-kliment-voroshilov',
        locator: 'head of state 15 March 1953 to 7 May 1960',
      },
      {
        source: 'onthisday-leonid-brezhnev',
        locator: '1960-05-07 Brezhnev replaces Voroshilov',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'su-head-of-state-leonid-brezhnev-1960',
    personId: 'leonid-brezhnev',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Chairman of the Presidium of the Supreme Soviet of the USSR',
    start: '1960-05-07',
    end: '1964-07-15',
    sources: [
      {
        source: 'worddisk-leonid-brezhnev',
        locator: 'infobox: 7 May 1960 – 15 July 1964',
      },
      {
        source: 'tyrantsanddictators-leonid-brezhnev',
        locator: 'infobox: 7 May 1960 – 15 July 1964',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'su-head-of-state-anastas-mikoyan-1964',
    personId: 'anastas-mikoyan',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Chairman of the Presidium of the Supreme Soviet of the USSR',
    start: '1964-07-15',
    end: '1965-12-09',
    sources: [
      {
        source: 'piglix-anastas-mikoyan',
        locator: 'infobox: 15 July 1964 – 9 December 1965',
      },
      {
        source: 'perceptiopt-mikoyan',
        locator: 'infobox: 15 de julho de 1964 - 9 de dezembro de 1965',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'su-head-of-state-nikolai-podgorny-1965',
    personId: 'nikolai-podgorny',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Chairman of the Presidium of the Supreme Soviet of the USSR',
    start: '1965-12-09',
    end: '1977-06-16',
    sources: [
      {
        source: 'archontology-podgorny',
        locator: 'Term: 9 Dec 1965 - 16 Jun 1977',
      },
      {
        source: 'pwojczyn-nikolai-podgorny',
        locator: 'infobox: 9 December 1965 – 16 June 1977',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1965-12-06',
        sources: [
          {
            source: 'calendarz-fr-nikolai-podgorny',
            locator: 'Le 6 décembre 1965, il remplace Anastas Mikoyan',
          },
        ],
        note: 'translated Wikipedia lead gives 6 December',
      },
    ],
  },
  {
    id: 'su-head-of-state-leonid-brezhnev-1977',
    personId: 'leonid-brezhnev',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Chairman of the Presidium of the Supreme Soviet of the USSR',
    start: '1977-06-16',
    end: '1982-11-10',
    sources: [
      {
        source: 'worddisk-leonid-brezhnev',
        locator: 'infobox: 16 June 1977 – 10 November 1982',
      },
      {
        source: 'tyrantsanddictators-leonid-brezhnev',
        locator: 'infobox: 16 June 1977 – 10 November 1982',
      },
    ],
    confidence: 'verified',
    note: 'Died in office.',
  },
  {
    id: 'su-head-of-state-vasily-kuznetsov-1982',
    personId: 'vasily-kuznetsov',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Acting Chairman of the Presidium of the Supreme Soviet of the USSR',
    start: '1982-11-10',
    end: '1983-06-16',
    acting: true,
    sources: [
      {
        source: 'wikipedia-en-vasily-kuznetsov',
        locator: 'infobox: 10 November 1982 – 16 June 1983',
      },
      {
        source: 'enwikipedia-net-vasili-kuznetsov',
        locator: 'infobox: 10 November 1982 – 16 June 1983',
      },
      {
        source: 'piglix-yury-andropov',
        locator: 'infobox: Andropov preceded by Vasili Kuznetsov (acting)',
      },
    ],
    confidence: 'reported',
    note: "First Deputy Chairman acting after Brezhnev's death.",
  },
  {
    id: 'su-head-of-state-yuri-andropov-1983',
    personId: 'yuri-andropov',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Chairman of the Presidium of the Supreme Soviet of the USSR',
    start: '1983-06-16',
    end: '1984-02-09',
    sources: [
      {
        source: 'piglix-yury-andropov',
        locator: 'infobox: 16 June 1983 – 9 February 1984',
      },
      {
        source: 'wikipedia-en-vasily-kuznetsov',
        locator: "infobox: Kuznetsov's first acting term ends 16 June 1983, successor Yuri Andropov",
      },
    ],
    confidence: 'reported',
    note: 'Died in office.',
  },
  {
    id: 'su-head-of-state-vasily-kuznetsov-1984',
    personId: 'vasily-kuznetsov',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Acting Chairman of the Presidium of the Supreme Soviet of the USSR',
    start: '1984-02-09',
    end: '1984-04-11',
    acting: true,
    sources: [
      {
        source: 'wikipedia-en-vasily-kuznetsov',
        locator: 'infobox: 9 February 1984 – 11 April 1984',
      },
      {
        source: 'enwikipedia-net-vasili-kuznetsov',
        locator: 'infobox: 9 February 1984 – 11 April 1984',
      },
    ],
    confidence: 'reported',
    note: 'Both sources are copies of the same Wikipedia article.',
  },
  {
    id: 'su-head-of-state-konstantin-chernenko-1984',
    personId: 'konstantin-chernenko',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Chairman of the Presidium of the Supreme Soviet of the USSR',
    start: '1984-04-11',
    end: '1985-03-10',
    sources: [
      {
        source: 'simple-wikipedia-konstantin-chernenko',
        locator: 'infobox: 11 April 1984 – 10 March 1985',
      },
      {
        source: 'wikipedia-en-vasily-kuznetsov',
        locator: "infobox: Kuznetsov's second acting term ends 11 April 1984, successor Chernenko",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1984-04-12',
        sources: [
          {
            source: 'britannica-konstantin-chernenko',
            locator: 'On April 12 he became chairman of the Presidium of the Supreme Soviet',
          },
        ],
      },
    ],
    note: 'Died in office.',
  },
  {
    id: 'su-head-of-state-vasily-kuznetsov-1985-b',
    personId: 'vasily-kuznetsov',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Acting Chairman of the Presidium of the Supreme Soviet of the USSR',
    start: '1985-03-10',
    end: '1985-07-02',
    acting: true,
    sources: [
      {
        source: 'archontology-gromyko',
        locator: 'Gromyko elected 2 Jul 1985, 3rd session of the 11th USSR Supreme Soviet',
      },
      {
        source: 'wikipedia-en-vasily-kuznetsov',
        locator: 'infobox: 10 March 1985 start, successor Andrei Gromyko',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1985-07-27',
        sources: [
          {
            source: 'wikipedia-en-vasily-kuznetsov',
            locator: 'infobox: 10 March 1985 – 27 July 1985',
          },
          {
            source: 'enwikipedia-net-vasili-kuznetsov',
            locator: 'infobox: 10 March 1985 – 27 July 1985',
          },
        ],
        note: 'The English Wikipedia infobox ends his acting term on 27 July 1985, which would overlap Gromyko, elected by the Supreme Soviet on 2 July 1985 (Archontology; Treccani gives July 1985).',
      },
    ],
    note: 'Third acting term, after Chernenko died. Ends when Gromyko was elected.',
  },
  {
    id: 'su-head-of-state-andrei-gromyko-1985',
    personId: 'andrei-gromyko',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Chairman of the Presidium of the Supreme Soviet of the USSR',
    start: '1985-07-02',
    end: '1988-10-01',
    sources: [
      {
        source: 'archontology-gromyko',
        locator: 'Term: 2 Jul 1985 - 1 Oct 1988 (elected 2 Jul 1985; discharged 1 Oct 1988)',
      },
      {
        source: 'treccani-gromyko',
        locator: 'luglio 1985 presidente del presidium; sostituito da Gorbačëv il 1° ottobre 1988',
      },
      {
        source: 'paperspast-gromyko-new-soviet-president-1985',
        locator: "3 July 1985: 'elected Soviet President last evening'",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1985-07-27',
        sources: [
          {
            source: 'wikipedia-en-vasily-kuznetsov',
            locator: 'infobox: Kuznetsov acting until 27 July 1985, successor Andrei Gromyko',
          },
        ],
        note: "Wikipedia's Kuznetsov article implies Gromyko from 27 July 1985",
      },
    ],
  },
  {
    id: 'su-head-of-state-mikhail-gorbachev-1988',
    personId: 'mikhail-gorbachev',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Chairman of the Presidium of the Supreme Soviet of the USSR',
    start: '1988-10-01',
    end: '1989-05-25',
    sources: [
      {
        source: 'archontology-gorbachev',
        locator: 'Term: 1 Oct 1988 - 25 May 1989',
      },
      {
        source: 'techsciencenews-simple-mikhail-gorbachev',
        locator: 'infobox: 1 October 1988 – 25 May 1989',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'su-head-of-state-mikhail-gorbachev-1989-supreme-soviet',
    personId: 'mikhail-gorbachev',
    polity: 'SU',
    office: 'head-of-state',
    title: 'Chairman of the Supreme Soviet of the USSR',
    start: '1989-05-25',
    end: '1990-03-15',
    sources: [
      {
        source: 'archontology-gorbachev',
        locator: 'Term: 25 May 1989 - 15 Mar 1990',
      },
      {
        source: 'techsciencenews-simple-mikhail-gorbachev',
        locator: 'infobox: 25 May 1989 – 15 March 1990',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'su-head-of-state-mikhail-gorbachev-1990-president',
    personId: 'mikhail-gorbachev',
    polity: 'SU',
    office: 'head-of-state',
    title: 'President of the USSR',
    start: '1990-03-15',
    end: '1991-12-25',
    sources: [
      {
        source: 'archontology-gorbachev',
        locator: 'Term: 15 Mar 1990 - 25 Dec 1991 (sworn in 15 Mar 1990; resignation announced 25 Dec 1991)',
      },
      {
        source: 'techsciencenews-simple-mikhail-gorbachev',
        locator: 'infobox: 15 March 1990 – 25 December 1991',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1990-03-14',
        sources: [
          {
            source: 'fact-index-list-of-leaders-soviet-union',
            locator: 'President of the Soviet Union March 14, 1990 - December 25, 1991',
          },
          {
            source: 'archontology-gorbachev',
            locator: '14 Mar 1990, elected (results announced 15 Mar 1990)',
          },
        ],
        note: 'election date',
      },
    ],
    note: 'Held in custody at Foros 18–21 August 1991 during the coup attempt (archontology).',
  },
  {
    id: 'ru-head-of-state-boris-yeltsin-1990',
    personId: 'boris-yeltsin',
    polity: 'RU',
    office: 'head-of-state',
    title: 'Chairman of the Supreme Soviet of the RSFSR',
    start: '1990-05-29',
    end: '1991-07-10',
    sources: [
      {
        source: 'upi-yeltsin-elected-president-of-russia-1990',
        locator: 'elected chairman of the Russian parliament on 29 May 1990',
      },
    ],
    confidence: 'reported',
    note: "The RSFSR's highest office inside the USSR; it ends when he was inaugurated as President of the RSFSR.",
  },
  {
    id: 'ru-head-of-state-boris-yeltsin-1991',
    personId: 'boris-yeltsin',
    polity: 'RU',
    office: 'head-of-state',
    title: 'President of the RSFSR',
    start: '1991-07-10',
    end: '1991-12-25',
    sources: [
      {
        source: 'piglix-boris-yeltsin',
        locator: 'infobox: 1st President of Russia 10 July 1991 – 31 December 1999',
      },
      {
        source: 'onthisday-boris-yeltsin',
        locator: '1991-07-10 sworn in',
      },
      {
        source: 'osmarks-list-of-presidents-of-russia',
        locator: 'table: 10 July 1991 – 31 December 1999 (resigned)',
      },
      {
        source: 'news-pravda-rsfsr-renamed-1991',
        locator: 'paragraph 2: renamed the Russian Federation on 25 December 1991',
      },
      {
        source: 'wikiwand-list-of-leaders-of-the-rsfsr',
        locator: 'infobox: Presidents of the Russian SFSR, abolished 25 December 1991',
      },
    ],
    confidence: 'verified',
    note: "Yeltsin's presidency continues as President of Russia from 25 December 1991, when the RSFSR became the Russian Federation (ru-head-of-state-boris-yeltsin-1991-b).",
  },
  {
    id: 'ru-head-of-state-boris-yeltsin-1991-b',
    personId: 'boris-yeltsin',
    polity: 'RU',
    office: 'head-of-state',
    title: 'President of Russia',
    start: '1991-12-25',
    end: '1999-12-31',
    sources: [
      {
        source: 'piglix-boris-yeltsin',
        locator: 'infobox: 1st President of Russia 10 July 1991 – 31 December 1999',
      },
      {
        source: 'onthisday-boris-yeltsin',
        locator: '1991-07-10 sworn in',
      },
      {
        source: 'osmarks-list-of-presidents-of-russia',
        locator: 'table: 10 July 1991 – 31 December 1999 (resigned)',
      },
      {
        source: 'news-pravda-rsfsr-renamed-1991',
        locator:
          'paragraph 2: the RSFSR renamed the Russian Federation on 25 December 1991, the law signed by Yeltsin that day',
      },
      {
        source: 'wikiwand-list-of-leaders-of-the-rsfsr',
        locator: 'infobox: Presidents of the Russian SFSR, abolished 25 December 1991; final holder Boris Yeltsin',
      },
      {
        source: 'rferl-yeltsin-reclaims-powers-1996',
        locator: 'Chernomyrdin held the powers for 23 hours',
      },
      {
        source: 'archontology-rutskoy',
        locator: 'Acting President of the Russian Federation, 21 Sep 1993 – 4 Oct 1993',
      },
    ],
    confidence: 'verified',
    note: "The same presidency as ru-head-of-state-boris-yeltsin-1991 under the state's new name: the RSFSR became the Russian Federation on 25 December 1991. Two interruptions that are not tenures of their own: Viktor Chernomyrdin held the powers of the President for about 23 hours on 5–6 November 1996 (Yeltsin's heart surgery), and the Supreme Soviet swore in Vice-President Aleksandr Rutskoy as acting president on 21–22 September 1993 until 4 October 1993, a claim never recognised outside Russia.",
  },
  {
    id: 'ru-head-of-state-vladimir-putin-1999-acting',
    personId: 'vladimir-putin',
    polity: 'RU',
    office: 'head-of-state',
    title: 'Acting President of Russia',
    start: '1999-12-31',
    end: '2000-05-07',
    acting: true,
    sources: [
      {
        source: 'premier-gov-ru-putin-biography',
        locator: 'From 31 December 1999: Acting President; assumed office May 7, 2000',
      },
      {
        source: 'person-putin-ru-first-presidency',
        locator: 'и.о. президента с 31 декабря 1999 года до инаугурации 7 мая 2000 года',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ru-head-of-state-vladimir-putin-2000',
    personId: 'vladimir-putin',
    polity: 'RU',
    office: 'head-of-state',
    title: 'President of Russia',
    start: '2000-05-07',
    end: '2008-05-07',
    sources: [
      {
        source: 'osmarks-list-of-presidents-of-russia',
        locator: 'table: 7 May 2000 – 7 May 2008',
      },
      {
        source: 'thetimelinegeek-presidents-of-russia',
        locator: 'Vladimir Putin 7th May 2000 – 7th May 2008',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ru-head-of-state-dmitry-medvedev-2008',
    personId: 'dmitry-medvedev',
    polity: 'RU',
    office: 'head-of-state',
    title: 'President of Russia',
    start: '2008-05-07',
    end: '2012-05-07',
    sources: [
      {
        source: 'osmarks-list-of-presidents-of-russia',
        locator: 'table: 7 May 2008 – 7 May 2012',
      },
      {
        source: 'onthisday-dmitry-medvedev',
        locator: '2008-05-07 sworn in as 3rd President',
      },
      {
        source: 'thetimelinegeek-presidents-of-russia',
        locator: '7th May 2008 – 7th May 2012',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ru-head-of-state-vladimir-putin-2012',
    personId: 'vladimir-putin',
    polity: 'RU',
    office: 'head-of-state',
    title: 'President of Russia',
    start: '2012-05-07',
    end: null,
    sources: [
      {
        source: 'osmarks-list-of-presidents-of-russia',
        locator: 'table: 7 May 2012 – Incumbent',
      },
      {
        source: 'diplomaticpress-vladimir-putin',
        locator: 'President of Russia since 7 May 2012',
      },
      {
        source: 'thetimelinegeek-presidents-of-russia',
        locator: '7th May 2012 – Present',
      },
      {
        source: 'ria-putin-productive-work-2026',
        locator: '21 January 2026: the President holds a government meeting',
      },
    ],
    confidence: 'verified',
    note: 'Re-inaugurated in 2018 and 2024 without a break in office. In office at the latest source seen (January 2026); no source seen reports a successor.',
  },
  {
    id: 'su-party-leader-joseph-stalin-1922',
    personId: 'joseph-stalin',
    polity: 'SU',
    office: 'party-leader',
    title: 'General Secretary of the Central Committee of the Communist Party (de facto party leader from 1952)',
    start: '1922-04-03',
    end: '1953-03-05',
    sources: [
      {
        source: 'wikipedia-en-general-secretary-cpsu',
        locator: 'infobox: 3 April 1922 – 16 October 1952, de facto 5 March 1953',
      },
      {
        source: 'piglix-joseph-stalin',
        locator: 'infobox: General Secretary 3 April 1922 – 16 October 1952',
      },
      {
        source: 'fact-index-list-of-leaders-soviet-union',
        locator: 'table: April 3, 1922 - March 5, 1953',
      },
      {
        source: 'thefullwiki-general-secretary-cpsu',
        locator:
          'no General Secretary confirmed after the 17th (1934) Congress; plenums 2 Feb 1934, 22 Mar 1939, 16 Oct 1952',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1952-10-16',
        sources: [
          {
            source: 'wikipedia-en-general-secretary-cpsu',
            locator: 'infobox: 3 April 1922 – 16 October 1952',
          },
          {
            source: 'piglix-joseph-stalin',
            locator: 'infobox: General Secretary 3 April 1922 – 16 October 1952',
          },
        ],
        note: 'The date the post of General Secretary is usually treated as abolished; Stalin stayed in the Secretariat and led the party until his death.',
      },
      {
        field: 'start',
        value: '1924-01-21',
        sources: [
          {
            source: 'movatter-list-of-leaders-soviet-union',
            locator: 'infobox: Longest serving Joseph Stalin 21 January 1924 – 5 March 1953',
          },
        ],
        note: "start of his tenure as leader of the Soviet Union (after Lenin's death), as counted by the List of leaders",
      },
    ],
    note: 'Post created 3 April 1922 (RCP(b)). After the 17th Congress (plenum of 2 Feb 1934) no General Secretary was formally confirmed; at the plenums of 2 Feb 1934, 22 Mar 1939 and 16 Oct 1952 only the Politburo, Secretariat and Orgburo were elected, with Stalin in each, and he was still addressed as General Secretary (The Full Wiki). The post is usually treated as abolished in October 1952.',
  },
  {
    id: 'su-party-leader-georgy-malenkov-1953',
    personId: 'georgy-malenkov',
    polity: 'SU',
    office: 'party-leader',
    title: 'Senior Secretary of the Central Committee (de facto party leader)',
    start: '1953-03-05',
    end: '1953-03-14',
    sources: [
      {
        source: 'altsci-central-committee-cpsu',
        locator:
          'Stalin died 5 March 1953; Malenkov de facto leading figure; on 14 March forced to resign from the Secretariat',
      },
      {
        source: 'wikisum-secretariat-cpsu',
        locator:
          "Malenkov briefly leader of the Party for around a week after Stalin's death as top member of the Secretariat",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1953-03-13',
        sources: [
          {
            source: 'globalsecurity-malenkov-stalins-successor',
            locator: 'on 13 March 1953 he had to resign from the Secretariat',
          },
          {
            source: 'sauress-aljazirah-malenkov',
            locator: 'resigned on 13 March as head of the party',
          },
        ],
        note: 'resignation from the Secretariat dated 13 March',
      },
      {
        field: 'start',
        value: '1953-03-07',
        sources: [
          {
            source: 'researcher-life-khrushchev-as-leader',
            locator: "CC plenum of 7 March placed Malenkov's name at the top of the list of CC secretaries",
          },
        ],
        note: 'date the plenum made him de facto head of the party',
      },
      {
        field: 'start',
        value: '1952-10-16',
        sources: [
          {
            source: 'simple-wikipedia-georgy-malenkov',
            locator: 'infobox: General Secretary (de facto) 16 October 1952 – 14 September 1953',
          },
        ],
        note: 'Simple Wikipedia gives a much longer de facto tenure',
      },
      {
        field: 'end',
        value: '1953-09-14',
        sources: [
          {
            source: 'simple-wikipedia-georgy-malenkov',
            locator: 'infobox: to 14 September 1953',
          },
        ],
        note: 'Simple Wikipedia runs his de facto tenure until Khrushchev became First Secretary',
      },
    ],
    note: 'No formal General Secretary post existed; Malenkov headed the Secretariat by rank. Included because sources list him.',
  },
  {
    id: 'su-party-leader-nikita-khrushchev-1953',
    personId: 'nikita-khrushchev',
    polity: 'SU',
    office: 'party-leader',
    title: 'First Secretary of the Central Committee of the CPSU',
    start: '1953-09-07',
    end: '1964-10-14',
    sources: [
      {
        source: 'rgani-khrushchev-first-secretary-1953',
        locator:
          "'7 сентября 1953 г., на заседании Пленума ЦК КПСС … Н.С. Хрущев единогласно был избран Первым Секретарем ЦК'",
      },
      {
        source: 'piglix-khrushchev',
        locator: 'infobox: 14 September 1953 – 14 October 1964',
      },
      {
        source: 'simple-wikipedia-nikita-khrushchev',
        locator: 'infobox: September 14, 1953 – October 14, 1964',
      },
      {
        source: 'onthisday-nikita-khrushchev',
        locator: '1953-09-14 appointed First Secretary',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1953-09-14',
        sources: [
          {
            source: 'piglix-khrushchev',
            locator: 'infobox: 14 September 1953 – 14 October 1964',
          },
          {
            source: 'simple-wikipedia-nikita-khrushchev',
            locator: 'infobox: September 14, 1953 – October 14, 1964',
          },
          {
            source: 'onthisday-nikita-khrushchev',
            locator: '1953-09-14 appointed First Secretary',
          },
        ],
        note: 'Given by Wikipedia-derived pages; the state archive dates the election to 7 September.',
      },
    ],
  },
  {
    id: 'su-party-leader-leonid-brezhnev-1964',
    personId: 'leonid-brezhnev',
    polity: 'SU',
    office: 'party-leader',
    title: 'First Secretary, from 8 April 1966 General Secretary of the Central Committee of the CPSU',
    start: '1964-10-14',
    end: '1982-11-10',
    sources: [
      {
        source: 'worddisk-leonid-brezhnev',
        locator: 'infobox: General Secretary 14 October 1964 – 10 November 1982',
      },
      {
        source: 'tyrantsanddictators-leonid-brezhnev',
        locator: 'infobox: 14 October 1964 – 10 November 1982 (named First Secretary until 1966)',
      },
      {
        source: 'fact-index-list-of-leaders-soviet-union',
        locator:
          'First Secretary October 14, 1964 - April 8, 1966; General Secretary April 8, 1966 - November 10, 1982',
      },
    ],
    confidence: 'verified',
    note: 'Title changed from First Secretary to General Secretary on 8 April 1966. Died in office.',
  },
  {
    id: 'su-party-leader-yuri-andropov-1982',
    personId: 'yuri-andropov',
    polity: 'SU',
    office: 'party-leader',
    title: 'General Secretary of the Central Committee of the CPSU',
    start: '1982-11-12',
    end: '1984-02-09',
    sources: [
      {
        source: 'piglix-yury-andropov',
        locator: 'infobox: 12 November 1982 – 9 February 1984',
      },
      {
        source: 'onthisday-yuri-andropov',
        locator: 'General Secretary from November 12, 1982 until his death',
      },
      {
        source: 'fact-index-list-of-leaders-soviet-union',
        locator: 'November 12, 1982 - February 9, 1984',
      },
    ],
    confidence: 'verified',
    note: 'Died in office.',
  },
  {
    id: 'su-party-leader-konstantin-chernenko-1984',
    personId: 'konstantin-chernenko',
    polity: 'SU',
    office: 'party-leader',
    title: 'General Secretary of the Central Committee of the CPSU',
    start: '1984-02-13',
    end: '1985-03-10',
    sources: [
      {
        source: 'calendarz-ar-konstantin-chernenko',
        locator: 'led the USSR from 13 February 1984 until his death on 10 March 1985',
      },
      {
        source: 'britannica-konstantin-chernenko',
        locator: 'succeeded as general secretary on February 13, 1984; died March 10, 1985',
      },
      {
        source: 'fact-index-list-of-leaders-soviet-union',
        locator: 'February 13, 1984 - March 10, 1985',
      },
      {
        source: 'politico-chernenko-named-1984',
        locator: 'named party leader on 13 February 1984',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1984-02-09',
        sources: [
          {
            source: 'simple-wikipedia-konstantin-chernenko',
            locator: 'infobox: In office 9 February 1984 – 10 March 1985',
          },
        ],
        note: "Simple Wikipedia starts his term on the day of Andropov's death",
      },
    ],
    note: 'Died in office.',
  },
  {
    id: 'su-party-leader-mikhail-gorbachev-1985',
    personId: 'mikhail-gorbachev',
    polity: 'SU',
    office: 'party-leader',
    title: 'General Secretary of the Central Committee of the CPSU',
    start: '1985-03-11',
    end: '1991-08-24',
    sources: [
      {
        source: 'techsciencenews-simple-mikhail-gorbachev',
        locator: 'infobox: 11 March 1985 – 24 August 1991',
      },
      {
        source: 'cycivic-gorbachev-position',
        locator: 'table: March 11, 1985 – August 24, 1991',
      },
      {
        source: 'fact-index-list-of-leaders-soviet-union',
        locator: 'General Secretary from March 11, 1985',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1985-03-10',
        sources: [
          {
            source: 'howlingpixel-general-secretary-cpsu',
            locator: 'infobox: Last officeholder Mikhail Gorbachev 10 March 1985 – 24 August 1991',
          },
        ],
        note: "dated from Chernenko's death",
      },
    ],
    note: 'Resigned as General Secretary 24 August 1991.',
  },
  {
    id: 'su-party-leader-vladimir-ivashko-1991',
    personId: 'vladimir-ivashko',
    polity: 'SU',
    office: 'party-leader',
    title: 'Acting General Secretary of the Central Committee of the CPSU',
    start: '1991-08-24',
    end: '1991-08-29',
    acting: true,
    sources: [
      {
        source: 'piglix-vladimir-ivashko',
        locator: 'lead: acting General Secretary 24 August 1991 to 29 August 1991',
      },
      {
        source: 'wikipedia-pt-vladimir-ivashko',
        locator: 'infobox: Secretário-geral (interino) 24 de agosto de 1991 a 29 de agosto de 1991',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1991-08-28',
        sources: [
          {
            source: 'famousdaily-ivashko-resigns',
            locator: "'On this day, August 28, in 1991 … Ivashko is forced to resign'",
          },
        ],
        note: 'The CPSU was suspended by the USSR Supreme Soviet on 29 August.',
      },
    ],
    note: 'On 29 August 1991 the Supreme Soviet suspended the CPSU; the office was abolished that day.',
  },
  {
    id: 'ru-head-of-government-vladimir-lenin-1917',
    personId: 'vladimir-lenin',
    polity: 'RU',
    office: 'head-of-government',
    title: "Chairman of the Council of People's Commissars of the RSFSR",
    start: '1917-11-08',
    end: '1924-01-21',
    sources: [
      {
        source: 'askwikinow-simple-vladimir-lenin',
        locator:
          "infobox: Chairman of the Council of People's Commissars of the Russian SFSR, 8 November 1917 – 21 January 1924",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1917-11-09',
        sources: [
          {
            source: 'archontology-lenin',
            locator: 'Other offices: 27 Oct/9 Nov 1917 - 21 Jan 1924',
          },
        ],
        note: 'Archontology dates his election to 27 Oct (O.S.)/9 Nov 1917 (N.S.)',
      },
    ],
    note: 'Lenin held no party office; encoded as head of government only. Died in office.',
  },
  {
    id: 'su-head-of-government-vladimir-lenin-1923',
    personId: 'vladimir-lenin',
    polity: 'SU',
    office: 'head-of-government',
    title: "Chairman of the Council of People's Commissars of the USSR",
    start: '1923-07-06',
    end: '1924-01-21',
    sources: [
      {
        source: 'archontology-lenin',
        locator: 'Term: 6 Jul 1923 - 21 Jan 1924',
      },
      {
        source: 'wikipedia-en-chairman-sovnarkom-ussr',
        locator: 'History: appointed at the 2nd session of the CEC on 6 July 1923',
      },
      {
        source: 'thefullwiki-premier-soviet-union',
        locator: 'table: 6 July 1923 – 21 January 1924',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1922-12-30',
        sources: [
          {
            source: 'wikiwand-simple-premier-soviet-union',
            locator: 'List of Premiers: 30 December 1922 – 21 January 1924',
          },
          {
            source: 'wikipedia-it-capi-del-governo-urss',
            locator: 'Presidenti del Consiglio dei commissari del popolo: 30 dicembre 1922',
          },
        ],
        note: 'date of the Union Treaty / formation of the USSR, used by some lists as start',
      },
    ],
    note: 'Died in office 21 January 1924.',
  },
  {
    id: 'su-head-of-government-alexei-rykov-1924',
    personId: 'alexei-rykov',
    polity: 'SU',
    office: 'head-of-government',
    title: "Chairman of the Council of People's Commissars of the USSR",
    start: '1924-02-02',
    end: '1930-12-19',
    sources: [
      {
        source: 'archontology-rykov',
        locator: 'Term: 2 Feb 1924 - 19 Dec 1930',
      },
      {
        source: 'thefullwiki-premier-soviet-union',
        locator: 'table: 2 February 1924 – 19 December 1930',
      },
    ],
    confidence: 'verified',
    note: 'Also Chairman of the Sovnarkom of the RSFSR 2 Feb 1924 – 18 May 1929 (archontology); not encoded.',
  },
  {
    id: 'su-head-of-government-vyacheslav-molotov-1930',
    personId: 'vyacheslav-molotov',
    polity: 'SU',
    office: 'head-of-government',
    title: "Chairman of the Council of People's Commissars of the USSR",
    start: '1930-12-19',
    end: '1941-05-06',
    sources: [
      {
        source: 'worddisk-vyacheslav-molotov',
        locator: 'infobox: 19 December 1930 – 6 May 1941',
      },
      {
        source: 'thefullwiki-premier-soviet-union',
        locator: 'table: 19 December 1930 – 6 May 1941',
      },
      {
        source: 'onthisday-vyacheslav-molotov',
        locator: '1941-05-06 Stalin replaces Molotov',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'su-head-of-government-joseph-stalin-1941',
    personId: 'joseph-stalin',
    polity: 'SU',
    office: 'head-of-government',
    title:
      "Chairman of the Council of People's Commissars (from 15 March 1946 Chairman of the Council of Ministers) of the USSR",
    start: '1941-05-06',
    end: '1953-03-05',
    sources: [
      {
        source: 'piglix-joseph-stalin',
        locator: 'infobox: Chairman of the Council of Ministers 6 May 1941 – 5 March 1953',
      },
      {
        source: 'thefullwiki-premier-soviet-union',
        locator: 'table: 6 May 1941 – 15 March 1946',
      },
      {
        source: 'wikipedia-it-capi-del-governo-urss',
        locator: 'Stalin 6 maggio 1941 – 15 marzo 1946; 15 marzo 1946 – 5 marzo 1953',
      },
    ],
    confidence: 'reported',
    note: 'Office renamed Chairman of the Council of Ministers on 15 March 1946. Died in office.',
  },
  {
    id: 'su-head-of-government-georgy-malenkov-1953',
    personId: 'georgy-malenkov',
    polity: 'SU',
    office: 'head-of-government',
    title: 'Chairman of the Council of Ministers of the USSR',
    start: '1953-03-05',
    end: '1955-02-08',
    sources: [
      {
        source: 'wikipedia-it-capi-del-governo-urss',
        locator: 'Presidenti del Consiglio dei ministri: 5 marzo 1953 – 8 febbraio 1955',
      },
      {
        source: 'britannica-georgy-malenkov',
        locator: 'prime minister (March 1953–February 1955)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1953-03-06',
        sources: [
          {
            source: 'simple-wikipedia-georgy-malenkov',
            locator: 'infobox: Premier 6 March 1953 – 8 February 1955',
          },
        ],
        note: 'date of the joint session that named him (researcher.life also dates the division of offices to 6 March)',
      },
    ],
  },
  {
    id: 'su-head-of-government-nikolai-bulganin-1955',
    personId: 'nikolai-bulganin',
    polity: 'SU',
    office: 'head-of-government',
    title: 'Chairman of the Council of Ministers of the USSR',
    start: '1955-02-08',
    end: '1958-03-27',
    sources: [
      {
        source: 'wikipedia-it-nikolaj-bulganin',
        locator: 'infobox: 8 febbraio 1955 – 27 marzo 1958',
      },
      {
        source: 'wikipedia-it-capi-del-governo-urss',
        locator: '8 febbraio 1955 – 27 marzo 1958',
      },
      {
        source: 'bfjaawards-britannica-bulganin',
        locator: 'replaced Malenkov on 8 February 1955',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'su-head-of-government-nikita-khrushchev-1958',
    personId: 'nikita-khrushchev',
    polity: 'SU',
    office: 'head-of-government',
    title: 'Chairman of the Council of Ministers of the USSR',
    start: '1958-03-27',
    end: '1964-10-14',
    sources: [
      {
        source: 'piglix-khrushchev',
        locator: 'infobox: 27 March 1958 – 14 October 1964',
      },
      {
        source: 'simple-wikipedia-nikita-khrushchev',
        locator: 'infobox: March 27, 1958 – October 14, 1964',
      },
      {
        source: 'onthisday-nikita-khrushchev',
        locator: '1958-03-27 becomes Soviet Premier',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1964-10-15',
        sources: [
          {
            source: 'wikipedia-it-capi-del-governo-urss',
            locator: '27 marzo 1958 – 15 ottobre 1964',
          },
        ],
        note: 'Italian list ends his term on the day Kosygin was appointed',
      },
    ],
  },
  {
    id: 'su-head-of-government-alexei-kosygin-1964',
    personId: 'alexei-kosygin',
    polity: 'SU',
    office: 'head-of-government',
    title: 'Chairman of the Council of Ministers of the USSR',
    start: '1964-10-15',
    end: '1980-10-23',
    sources: [
      {
        source: 'archontology-kosygin',
        locator: 'Term: 15 Oct 1964 - 23 Oct 1980 (appointed by decree 15 Oct 1964)',
      },
      {
        source: 'worddisk-alexei-kosygin',
        locator: 'infobox: 15 October 1964 – 23 October 1980',
      },
      {
        source: 'maghress-kosygin',
        locator: '15 October 1964 to 23 October 1980',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1964-10-14',
        sources: [
          {
            source: 'britannica-kids-aleksei-kosygin',
            locator: 'On Oct. 14, 1964, when Khrushchev was deposed, Kosygin was elected premier',
          },
        ],
        note: 'party plenum date',
      },
    ],
    note: 'Resigned 23 October 1980.',
  },
  {
    id: 'su-head-of-government-nikolai-tikhonov-1980',
    personId: 'nikolai-tikhonov',
    polity: 'SU',
    office: 'head-of-government',
    title: 'Chairman of the Council of Ministers of the USSR',
    start: '1980-10-23',
    end: '1985-09-27',
    sources: [
      {
        source: 'clateway-nikolai-tikhonov',
        locator: 'infobox: 23 October 1980 – 27 September 1985',
      },
      {
        source: 'thefullwiki-nikolai-tikhonov',
        locator: 'infobox: October 23, 1980 – September 27, 1985',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'su-head-of-government-nikolai-ryzhkov-1985',
    personId: 'nikolai-ryzhkov',
    polity: 'SU',
    office: 'head-of-government',
    title: 'Chairman of the Council of Ministers of the USSR',
    start: '1985-09-27',
    end: '1991-01-14',
    sources: [
      {
        source: 'archontology-ryzhkov',
        locator: 'Term: 27 Sep 1985 - 14 Jan 1991',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1991-01-17',
        sources: [
          {
            source: 'essanews-ryzhkov-dies',
            locator: 'Premier of the USSR from September 27, 1985, until January 17, 1991',
          },
        ],
      },
    ],
    note: 'Archontology: constitutional amendments ended the Council of Ministers on 26 December 1990; Ryzhkov carried on current business until the Prime Minister was appointed on 14 January 1991.',
  },
  {
    id: 'ru-head-of-government-ivan-silayev-1990',
    personId: 'ivan-silayev',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Chairman of the Council of Ministers of the RSFSR',
    start: '1990-06-15',
    end: '1991-09-26',
    sources: [
      {
        source: 'wikipedia-en-ivan-silayev',
        locator: 'infobox: Chairman of the Council of Ministers of the RSFSR',
      },
      {
        source: 'archontology-russia-heads-of-government-1991-1992',
        locator: "'The resignation of Ivan Silaev on 26 Sep 1991 caused vacancy'",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1991-09-27',
        sources: [
          {
            source: 'encyclopedia-com-committee-operational-management',
            locator: "'Silaev resigned as Russian prime minister on September 27, 1991'",
          },
        ],
      },
    ],
  },
  {
    id: 'su-head-of-government-valentin-pavlov-1991',
    personId: 'valentin-pavlov',
    polity: 'SU',
    office: 'head-of-government',
    title: 'Prime Minister of the USSR',
    start: '1991-01-14',
    end: '1991-08-22',
    sources: [
      {
        source: 'archontology-pavlov',
        locator: 'Term: 14 Jan 1991 - 22 Aug 1991',
      },
      {
        source: 'en-academic-valentin-pavlov',
        locator: 'infobox: January 14 1991 – August 22 1991',
      },
      {
        source: 'wilson-center-valentin-pavlov',
        locator: 'sacked as Prime Minister on August 22',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'end',
        value: '1991-08-28',
        sources: [
          {
            source: 'wikisum-ivan-silayev',
            locator: 'Valentin Pavlov, the Prime Minister of the Soviet Union from 14 January to 28 August 1991',
          },
        ],
        note: 'date the Cabinet of Ministers was dismissed',
      },
    ],
    note: 'Discharged after the August 1991 coup attempt.',
  },
  {
    id: 'su-head-of-government-ivan-silayev-1991',
    personId: 'ivan-silayev',
    polity: 'SU',
    office: 'head-of-government',
    title: 'Chairman of the Committee on the Operational Management of the Soviet Economy',
    start: '1991-08-24',
    end: '1991-12-25',
    sources: [
      {
        source: 'wikipedia-en-ivan-silayev',
        locator: 'infobox: 24 August 1991 – 25 December 1991',
      },
      {
        source: 'rp-pl-silajew-nie-zyje',
        locator: 'last premier of the USSR from 24 August to 26 December 1991',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1991-09-06',
        sources: [
          {
            source: 'wikipedia-en-ivan-silayev-2009-revision',
            locator: 'infobox: 12th Premier of the Soviet Union 6 September 1991 – 25 December 1991',
          },
          {
            source: 'wn-ivan-silayev',
            locator: 'Premier ... from 6 September to 26 December 1991',
          },
        ],
        note: 'older Wikipedia text',
      },
      {
        field: 'end',
        value: '1991-12-26',
        sources: [
          {
            source: 'wn-ivan-silayev',
            locator: 'to 26 December 1991',
          },
          {
            source: 'rp-pl-silajew-nie-zyje',
            locator: 'to 26 December 1991',
          },
        ],
      },
      {
        field: 'start',
        value: '1991-08-28',
        sources: [
          {
            source: 'pinocchiopedia-silayev-government',
            locator: 'granted on 28 August the authority of the dissolved cabinet of ministers',
          },
        ],
      },
      {
        field: 'end',
        value: '1991-12-19',
        sources: [
          {
            source: 'pinocchiopedia-silayev-government',
            locator: "'Date dissolved 19 December 1991 or 25 December 1991'",
          },
        ],
      },
      {
        field: 'acting',
        value: true,
        sources: [
          {
            source: 'encyclopedia-com-committee-operational-management',
            locator: "'Silaev then became acting prime minister of the Soviet Union'",
          },
        ],
      },
    ],
    note: "Treated as the last Soviet premier (also chairman of the Inter-republican Economic Committee, 20 Sep – 14 Nov 1991). Yeltsin decreed the committee's dissolution on 19 Dec 1991; the chair worked until 25 Dec.",
  },
  {
    id: 'ru-head-of-government-oleg-lobov-1991',
    personId: 'oleg-lobov',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Council of Ministers of the RSFSR',
    start: '1991-09-26',
    end: '1991-11-06',
    acting: true,
    sources: [
      {
        source: 'archontology-russia-heads-of-government-1991-1992',
        locator:
          "functions devolved on Oleg Lobov; 'On 6 Nov 1991 El'cin signed a decree on the structure of a new government under direct leadership of the President'",
      },
      {
        source: 'clever-geek-oleg-lobov',
        locator: "'in fact, acting Chairman of the Council of Ministers of the RSFSR in September-November 1991'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ru-head-of-government-boris-yeltsin-1991',
    personId: 'boris-yeltsin',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Head of the Government of the RSFSR / Russian Federation (President heading the government)',
    start: '1991-11-06',
    end: '1992-06-15',
    sources: [
      {
        source: 'piglix-boris-yeltsin',
        locator: 'infobox: Head of Government of Russia 6 November 1991 – 15 June 1992',
      },
      {
        source: 'sputnik-russian-prime-ministers-2012',
        locator: 'Yeltsin headed the Russian government from November 6, 1991 till June 15, 1992',
      },
      {
        source: 'zeebeam-life-span-russian-prime-ministers',
        locator: 'Nov. 6, 1991 named himself chairman ... June 15, 1992 passed the job to Gaidar',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ru-head-of-government-yegor-gaidar-1992',
    personId: 'yegor-gaidar',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Government of the Russian Federation',
    start: '1992-06-15',
    end: '1992-12-14',
    acting: true,
    sources: [
      {
        source: 'archontology-gaidar',
        locator: 'Acting Chairman: Term 15 Jun 1992 - 14 Dec 1992',
      },
      {
        source: 'factsnippet-yegor-gaidar',
        locator: 'Acting Prime Minister of Russia from 15 June 1992 to 14 December 1992',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1992-06-16',
        sources: [
          {
            source: 'sputnik-russian-prime-ministers-2012',
            locator: 'acting prime minister from June 16, 1992 till December 13, 1992',
          },
        ],
      },
      {
        field: 'end',
        value: '1992-12-13',
        sources: [
          {
            source: 'sputnik-russian-prime-ministers-2012',
            locator: 'till December 13, 1992',
          },
        ],
      },
      {
        field: 'end',
        value: '1992-12-15',
        sources: [
          {
            source: 'zeebeam-life-span-russian-prime-ministers',
            locator: 'June 15, 1992 – Dec. 15, 1992',
          },
          {
            source: 'archontology-gaidar',
            locator: '15 Dec 1992 relieved of duties of Acting Chairman',
          },
        ],
        note: 'date Gaidar was formally relieved',
      },
    ],
  },
  {
    id: 'ru-head-of-government-viktor-chernomyrdin-1992',
    personId: 'viktor-chernomyrdin',
    polity: 'RU',
    office: 'head-of-government',
    title:
      'Chairman of the Council of Ministers – Government (from 1993 Chairman of the Government) of the Russian Federation',
    start: '1992-12-14',
    end: '1998-03-23',
    sources: [
      {
        source: 'sputnik-russian-prime-ministers-2012',
        locator: 'appointed prime minister on December 14, 1992',
      },
      {
        source: 'zeebeam-life-span-russian-prime-ministers',
        locator: 'Dec. 14, 1992 – March 23, 1998',
      },
      {
        source: 'idsa-yeltsin-fires-first-salvo',
        locator: 'sudden dismissal of the Chernomyrdin government on March 23, 1998',
      },
      {
        source: 'rferl-yeltsin-reclaims-powers-1996',
        locator: 'relinquished his powers for 23 hours',
      },
    ],
    confidence: 'verified',
    note: "His second cabinet was formed on 10 August 1996, after Yeltsin's second inauguration; no source seen calls him acting in between, so the tenure is not split. On 5–6 November 1996 he held the President's powers for about 23 hours during Yeltsin's heart surgery (RFE/RL).",
  },
  {
    id: 'ru-head-of-government-sergey-kiriyenko-1998-acting',
    personId: 'sergey-kiriyenko',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Government of the Russian Federation',
    start: '1998-03-23',
    end: '1998-04-24',
    acting: true,
    sources: [
      {
        source: 'jamestown-yeltsin-nominates-kirienko-1998',
        locator: 'appointed acting head of government on 23 March 1998',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'ru-head-of-government-sergey-kiriyenko-1998',
    personId: 'sergey-kiriyenko',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Chairman of the Government of the Russian Federation',
    start: '1998-04-24',
    end: '1998-08-23',
    sources: [
      {
        source: 'rferl-duma-approves-kiriyenko-1998',
        locator: 'Duma approved him on 24 April 1998',
      },
      {
        source: 'absoluteastronomy-kiriyenko-cabinet',
        locator:
          'appointed acting Prime Minister on March 23; approved by the Duma on April 24; sacked August 23, 1998',
      },
      {
        source: 'academic-historical-dictionary-kiriyenko',
        locator: 'He served from 23 March 1998 until 23 August 1998',
      },
    ],
    confidence: 'verified',
    note: 'Acting Prime Minister 23 March – 24 April 1998 until the Duma confirmed him on the third vote.',
  },
  {
    id: 'ru-head-of-government-viktor-chernomyrdin-1998-acting',
    personId: 'viktor-chernomyrdin',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Government of the Russian Federation',
    start: '1998-08-23',
    end: '1998-09-11',
    acting: true,
    sources: [
      {
        source: 'mapolist-viktor-chernomyrdin',
        locator: '23 August 1998 – 11 September 1998 Acting',
      },
      {
        source: 'absoluteastronomy-kiriyenko-cabinet',
        locator: 'On August 23, 1998 Yeltsin ... replaced Kiriyenko with Viktor Chernomyrdin as acting Prime Minister',
      },
      {
        source: 'lubbockonline-yeltsin-dismisses-government-1998',
        locator: 'named acting head of government on Sunday, 23 August 1998',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1998-08-24',
        sources: [
          {
            source: 'dbw-premier-ministry-rossii',
            locator: 'C 24 августа 1998 года обязанности Премьер-министра повторно исполнял Виктор Черномырдин',
          },
        ],
      },
    ],
    note: 'The Duma twice refused to confirm him.',
  },
  {
    id: 'ru-head-of-government-yevgeny-primakov-1998',
    personId: 'yevgeny-primakov',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Chairman of the Government of the Russian Federation',
    start: '1998-09-11',
    end: '1999-05-12',
    sources: [
      {
        source: 'archontology-primakov',
        locator: 'Term: 11 Sep 1998 - 12 May 1999',
      },
      {
        source: 'dbw-premier-ministry-rossii',
        locator: 'С 11 сентября 1998 года по 12 мая 1999 года',
      },
      {
        source: 'zeebeam-life-span-russian-prime-ministers',
        locator: 'Sept. 11, 1998 – May 12, 1999',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ru-head-of-government-sergei-stepashin-1999-acting',
    personId: 'sergei-stepashin',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Government of the Russian Federation',
    start: '1999-05-12',
    end: '1999-05-19',
    acting: true,
    sources: [
      {
        source: 'asbarez-duma-approves-stepashin-1999',
        locator: "'Acting Russian Prime Minister Sergei Stepashin won approval'",
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'ru-head-of-government-sergei-stepashin-1999',
    personId: 'sergei-stepashin',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Chairman of the Government of the Russian Federation',
    start: '1999-05-19',
    end: '1999-08-09',
    sources: [
      {
        source: 'rferl-stepashin-wins-duma-backing-1999',
        locator: 'Duma approval, 19 May 1999',
      },
      {
        source: 'dbw-premier-ministry-rossii',
        locator: 'С 12 мая 1999 года по 9 августа 1999 года',
      },
      {
        source: 'irishtimes-five-prime-ministers-sacked',
        locator: 'May 12th, 1999 names Stepashin; August 9th, 1999 sacks Stepashin',
      },
    ],
    confidence: 'verified',
    note: 'Won Duma approval at the first attempt (Irish Times); the date of confirmation was not checked.',
  },
  {
    id: 'ru-head-of-government-vladimir-putin-1999-acting',
    personId: 'vladimir-putin',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Government of the Russian Federation',
    start: '1999-08-09',
    end: '1999-08-16',
    acting: true,
    sources: [
      {
        source: 'rferl-duma-approves-putin-1999',
        locator: "'Yeltsin appointed him as acting prime minister last Monday' (9 August)",
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'ru-head-of-government-vladimir-putin-1999',
    personId: 'vladimir-putin',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Chairman of the Government of the Russian Federation',
    start: '1999-08-16',
    end: '2000-05-07',
    sources: [
      {
        source: 'rferl-duma-approves-putin-1999',
        locator: 'Duma approval, 16 August 1999',
      },
      {
        source: 'inews-putin',
        locator: 'Putin pertama kali menjabat perdana menteri Rusia pada 9 Agustus 1999',
      },
      {
        source: 'premier-gov-ru-putin-biography',
        locator: 'From August 1999: Prime Minister of Russia',
      },
      {
        source: 'irishtimes-five-prime-ministers-sacked',
        locator: 'August 9th, 1999: Yeltsin sacks Stepashin',
      },
    ],
    confidence: 'verified',
    note: 'Acting Prime Minister from 9 August 1999 until Duma confirmation; also Acting President from 31 Dec 1999.',
  },
  {
    id: 'ru-head-of-government-mikhail-kasyanov-2000-acting',
    personId: 'mikhail-kasyanov',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Government of the Russian Federation',
    start: '2000-05-07',
    end: '2000-05-17',
    acting: true,
    sources: [
      {
        source: 'jamestown-kasyanov-acting-pm-2000',
        locator: 'cabinet resigned, Kasyanov named acting prime minister (7 May 2000)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'ru-head-of-government-mikhail-kasyanov-2000',
    personId: 'mikhail-kasyanov',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Chairman of the Government of the Russian Federation',
    start: '2000-05-17',
    end: '2004-02-24',
    sources: [
      {
        source: 'rferl-duma-confirms-kasyanov-2000',
        locator: 'Duma confirmation, 17 May 2000',
      },
      {
        source: 'kiddle-mikhail-kasyanov',
        locator: 'infobox: 7 May 2000 – 24 February 2004 (acting until 17 May 2000)',
      },
      {
        source: 'zeebeam-life-span-russian-prime-ministers',
        locator: 'May 17, 2000 – Feb. 24, 2004',
      },
    ],
    confidence: 'verified',
    note: 'Dismissed with the whole cabinet on 24 February 2004.',
  },
  {
    id: 'ru-head-of-government-viktor-khristenko-2004',
    personId: 'viktor-khristenko',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Government of the Russian Federation',
    start: '2004-02-24',
    end: '2004-03-05',
    acting: true,
    sources: [
      {
        source: 'wikipedia-de-christenko',
        locator: 'vom 24. Februar bis zum 5. März 2004 interimistisch amtierender Ministerpräsident',
      },
      {
        source: 'absoluteastronomy-viktor-khristenko',
        locator: 'briefly acting Prime Minister from 24 February to 5 March 2004',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'ru-head-of-government-mikhail-fradkov-2004',
    personId: 'mikhail-fradkov',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Chairman of the Government of the Russian Federation',
    start: '2004-03-05',
    end: '2004-05-07',
    sources: [
      {
        source: 'wikipedia-en-mikhail-fradkov',
        locator: 'infobox: 5 March 2004 – 14 September 2007',
      },
      {
        source: 'zeebeam-life-span-russian-prime-ministers',
        locator: 'March 5, 2004 – Sept. 12, 2007',
      },
      {
        source: 'rferl-putin-formalizes-cabinet-2004',
        locator: "resigned with the cabinet after Putin's 7 May 2004 inauguration",
      },
    ],
    confidence: 'verified',
    note: "Government resigned 7 May 2004 at Putin's second inauguration; Fradkov reappointed 12 May 2004 (Fradkov's Second Cabinet page, not encoded separately).",
  },
  {
    id: 'ru-head-of-government-mikhail-fradkov-2004-acting',
    personId: 'mikhail-fradkov',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Government of the Russian Federation',
    start: '2004-05-07',
    end: '2004-05-12',
    acting: true,
    sources: [
      {
        source: 'rferl-putin-formalizes-cabinet-2004',
        locator: "resigned with the cabinet after Putin's 7 May inauguration; renamed and confirmed",
      },
      {
        source: 'alchetron-fradkov-second-cabinet',
        locator: "'On May 12 Fradkov was approved by the State Duma and appointed Prime Minister'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ru-head-of-government-mikhail-fradkov-2004-b',
    personId: 'mikhail-fradkov',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Chairman of the Government of the Russian Federation',
    start: '2004-05-12',
    end: '2007-09-12',
    sources: [
      {
        source: 'alchetron-fradkov-second-cabinet',
        locator: 'appointed 12 May 2004',
      },
      {
        source: 'wikipedia-en-mikhail-fradkov',
        locator: 'infobox: 5 March 2004 – 14 September 2007',
      },
      {
        source: 'zeebeam-life-span-russian-prime-ministers',
        locator: 'March 5, 2004 – Sept. 12, 2007',
      },
    ],
    confidence: 'verified',
    note: "Government resigned 7 May 2004 at Putin's second inauguration; Fradkov reappointed 12 May 2004 (Fradkov's Second Cabinet page, not encoded separately).",
  },
  {
    id: 'ru-head-of-government-mikhail-fradkov-2007-acting',
    personId: 'mikhail-fradkov',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Government of the Russian Federation',
    start: '2007-09-12',
    end: '2007-09-14',
    acting: true,
    sources: [
      {
        source: 'xinhua-fradkov-resigns-2007',
        locator: 'Putin asked him to stay in office until the Duma approved his successor',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'ru-head-of-government-viktor-zubkov-2007',
    personId: 'viktor-zubkov',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Chairman of the Government of the Russian Federation',
    start: '2007-09-14',
    end: '2008-05-07',
    sources: [
      {
        source: 'wikipedia-en-viktor-zubkov',
        locator: 'infobox: 14 September 2007 – 8 May 2008; nomination approved in the Duma on 14 September 2007',
      },
      {
        source: 'rin-viktor-zubkov',
        locator: 'nominated September 12, 2007; approved in the Duma on September 14, 2007',
      },
      {
        source: 'lenta-zubkov-government-resigns-2008',
        locator: 'government resigned on 7 May 2008',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ru-head-of-government-viktor-zubkov-2008-acting',
    personId: 'viktor-zubkov',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Government of the Russian Federation',
    start: '2008-05-07',
    end: '2008-05-08',
    acting: true,
    sources: [
      {
        source: 'lenta-zubkov-government-resigns-2008',
        locator: 'government resigned on 7 May 2008 and was told to carry on until a new one was formed',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'ru-head-of-government-vladimir-putin-2008',
    personId: 'vladimir-putin',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Chairman of the Government of the Russian Federation',
    start: '2008-05-08',
    end: '2012-05-07',
    sources: [
      {
        source: 'premier-gov-ru-putin-biography',
        locator: '8 May, 2008: appointed Prime Minister by presidential decree',
      },
      {
        source: 'onthisday-dmitry-medvedev',
        locator: '2008-05-08 Dmitry Medvedev appoints Vladimir Putin as Russian Prime Minister',
      },
      {
        source: 'wikipedia-en-viktor-zubkov',
        locator: 'infobox: Zubkov acting from 7 May 2012, predecessor Vladimir Putin',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ru-head-of-government-viktor-zubkov-2012-acting',
    personId: 'viktor-zubkov',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Government of the Russian Federation',
    start: '2012-05-07',
    end: '2012-05-08',
    acting: true,
    sources: [
      {
        source: 'wikipedia-en-viktor-zubkov',
        locator: 'infobox: Prime Minister of Russia, Acting, 7 May 2012 – 8 May 2012, successor Dmitry Medvedev',
      },
      {
        source: 'interfax-peskov-zubkov-acting-2012',
        locator: 'Zubkov acting head of government on 7 May 2012, for less than a day',
      },
    ],
    confidence: 'verified',
    note: 'Included because the source lists it.',
  },
  {
    id: 'ru-head-of-government-dmitry-medvedev-2012',
    personId: 'dmitry-medvedev',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Chairman of the Government of the Russian Federation',
    start: '2012-05-08',
    end: '2018-05-07',
    sources: [
      {
        source: 'onthisday-dmitry-medvedev',
        locator: '2012-05-08 confirmed as Prime Minister by the State Duma',
      },
      {
        source: 'sputnik-russian-prime-ministers-2012',
        locator: 'confirmed as prime minister by the State Duma on May 8',
      },
      {
        source: 'historica-dmitry-medvedev',
        locator: 'Prime Minister from 8 May 2012 to 16 January 2020',
      },
      {
        source: 'moscow-times-putin-nominates-medvedev-2018',
        locator: 'resigned with the government on 7 May 2018',
      },
    ],
    confidence: 'verified',
    note: 'Government resigned 15 January 2020; successor appointed 16 January 2020 (PortNews). A brief acting period at the May 2018 inauguration was not checked.',
  },
  {
    id: 'ru-head-of-government-dmitry-medvedev-2018-acting',
    personId: 'dmitry-medvedev',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Government of the Russian Federation',
    start: '2018-05-07',
    end: '2018-05-08',
    acting: true,
    sources: [
      {
        source: 'moscow-times-putin-nominates-medvedev-2018',
        locator: "resigned with the government on 7 May 2018, the day of Putin's fourth inauguration",
      },
      {
        source: 'rg-duma-approves-medvedev-2018',
        locator: '8 May 2018: Duma consents; quotes him as acting prime minister (и.о. премьер-министра)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ru-head-of-government-dmitry-medvedev-2018',
    personId: 'dmitry-medvedev',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Chairman of the Government of the Russian Federation',
    start: '2018-05-08',
    end: '2020-01-15',
    sources: [
      {
        source: 'rg-duma-approves-medvedev-2018',
        locator: 'Duma consent and appointment, 8 May 2018',
      },
      {
        source: 'onthisday-dmitry-medvedev',
        locator: '2012-05-08 confirmed as Prime Minister by the State Duma',
      },
      {
        source: 'sputnik-russian-prime-ministers-2012',
        locator: 'confirmed as prime minister by the State Duma on May 8',
      },
      {
        source: 'historica-dmitry-medvedev',
        locator: 'Prime Minister from 8 May 2012 to 16 January 2020',
      },
    ],
    confidence: 'verified',
    note: 'Government resigned 15 January 2020; successor appointed 16 January 2020 (PortNews). A brief acting period at the May 2018 inauguration was not checked.',
  },
  {
    id: 'ru-head-of-government-dmitry-medvedev-2020-acting',
    personId: 'dmitry-medvedev',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Government of the Russian Federation',
    start: '2020-01-15',
    end: '2020-01-16',
    acting: true,
    sources: [
      {
        source: 'tass-medvedev-acting-pm-2020',
        locator: "decree: 'To appoint Dmitry Medvedev as Acting Prime Minister'",
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'ru-head-of-government-mikhail-mishustin-2020',
    personId: 'mikhail-mishustin',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Chairman of the Government of the Russian Federation',
    start: '2020-01-16',
    end: '2024-05-07',
    sources: [
      {
        source: 'portnews-mishustin-appointed',
        locator: 'Executive Order signed 16 January 2020; Duma approved same day',
      },
      {
        source: 'explorepedia-mikhail-mishustin',
        locator: 'Prime Minister of Russia since 16 January 2020',
      },
      {
        source: 'interfax-russian-government-resigns-2024',
        locator: 'government resigned on 7 May 2024',
      },
    ],
    confidence: 'verified',
    note: "Ongoing. The government's formal resignation and reappointment around the May 2024 inauguration were not checked.",
  },
  {
    id: 'ru-head-of-government-mikhail-mishustin-2024-acting',
    personId: 'mikhail-mishustin',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Acting Chairman of the Government of the Russian Federation',
    start: '2024-05-07',
    end: '2024-05-10',
    acting: true,
    sources: [
      {
        source: 'interfax-russian-government-resigns-2024',
        locator: 'government resigned on 7 May 2024 and continues its duties until the new government is confirmed',
      },
      {
        source: 'sputnik-duma-approves-mishustin-2024',
        locator: 'Duma approved him on 10 May 2024',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ru-head-of-government-mikhail-mishustin-2024',
    personId: 'mikhail-mishustin',
    polity: 'RU',
    office: 'head-of-government',
    title: 'Chairman of the Government of the Russian Federation',
    start: '2024-05-10',
    end: null,
    sources: [
      {
        source: 'sputnik-duma-approves-mishustin-2024',
        locator: 'approved as prime minister on 10 May 2024',
      },
      {
        source: 'portnews-mishustin-appointed',
        locator: 'Executive Order signed 16 January 2020; Duma approved same day',
      },
      {
        source: 'explorepedia-mikhail-mishustin',
        locator: 'Prime Minister of Russia since 16 January 2020',
      },
    ],
    confidence: 'verified',
    note: 'In office at the latest source seen (February 2026); no source seen reports a successor.',
  },
];
