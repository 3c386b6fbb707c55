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
    ],
    confidence: 'verified',
    note: 'Catalan Wikipedia list (wikiwand-ca-president-de-siria) dates his headship of government from 5 October 1918. Formally under the Allied OETA East military administration.',
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
    note: 'French official; part of a civil triumvirate set up by High Commissioner Henry de Jouvenel.',
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
    confidence: 'verified',
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
    confidence: 'verified',
    note: 'Resigned. An older English list revision (mirror-chromiummoun824-list-of-presidents-of-syria) shows the office vacant 7–10 July 1939; Russian Wikipedia names PM Nasuhi al-Bukhari as acting in between.',
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
    confidence: 'verified',
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
    confidence: 'verified',
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
    ],
    confidence: 'verified',
  },
  {
    id: 'sy-head-of-state-ata-al-ayyubi-1943',
    personId: 'ata-al-ayyubi',
    polity: 'SY',
    office: 'head-of-state',
    title: 'President of Syria (Head of State)',
    start: '1943-03-25',
    end: '1943-08-17',
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
    ],
    confidence: 'verified',
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
    confidence: 'verified',
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
    id: 'sy-head-of-state-adib-al-shishakli-1951',
    personId: 'adib-al-shishakli',
    polity: 'SY',
    office: 'head-of-state',
    title: 'Chairman of the General Staff and President of the Supreme Military Council (acting head of state)',
    start: '1951-12-02',
    end: '1951-12-03',
    acting: true,
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
    confidence: 'reported',
    note: 'Dates from Archontology only; English Wikipedia confirms an acting interval but gives no dates.',
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
    confidence: 'verified',
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
    confidence: 'verified',
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
    confidence: 'reported',
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
    note: 'Appointed by the Military Operations Command as president for the transitional period (marked acting=true because sources call it interim/transitional); constitutional declaration of 13 March 2025 sets a five-year transition. No source seen reports him leaving office; end left null.',
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
    confidence: 'verified',
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
    ],
    note: 'Administrator under Emir Faisal, not head of state; Faisal appointed him Chief of the Council of Directors (i.e. prime minister). syrmh.com says he stayed military governor until succeeded by Emir Zeid.',
  },
];
