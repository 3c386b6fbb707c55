import type { Event } from './types.js';

/** Treaties, wars, coups, vetoes, agreements and other events that shaped Syria–USSR/Russia relations, oldest first. */
export const events: Event[] = [
  {
    id: 'event-1944-07-22-diplomatic-relations',
    start: '1944-07-22',
    kind: 'diplomatic',
    title: {
      en: 'USSR and Syria establish diplomatic relations',
      ar: 'إقامة العلاقات الدبلوماسية بين الاتحاد السوفيتي وسوريا',
      ru: 'Установление дипломатических отношений между СССР и Сирией',
    },
    short: {
      en: 'Relations established',
      ar: 'إقامة العلاقات',
      ru: 'Установление отношений',
    },
    summary:
      "After a confidential Syrian approach (via deputy Naim Antaki, on behalf of Foreign Minister Jamil Mardam Bey) to the Soviet envoy in Cairo, Nikolai Novikov, and talks in Damascus, the Soviet government accepted Syria's proposal to establish diplomatic relations at legation level.",
    sources: [
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'first sentence: relations established July 22, 1944',
      },
      {
        source: 'novikov-memoir-bibliboba-p110',
        locator: 'text of the Soviet reply; handed to Mardam Bey on the morning of 24 July',
      },
      {
        source: 'libmonster-novikov-ussr-syria-lebanon',
        locator: "section 1 'Под знаком конспирации'",
      },
      {
        source: 'ewikibg-russia-syria-relations',
        locator: 'lead paragraph: relations established July 1944',
      },
      {
        source: 'mid-lebanon-unconditional-recognition',
        locator: 'opening paragraphs (Antaki approach to Novikov)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1943',
        sources: [
          {
            source: 'syrianhistory-jabiri-solod-1944',
            locator: 'photo caption',
          },
        ],
        note: "Caption says the USSR extended recognition to Quwatli's government in 1943; all other sources date relations to July 1944.",
      },
      {
        field: 'start',
        value: '1944-07-24',
        sources: [
          {
            source: 'novikov-memoir-bibliboba-p110',
            locator: 'narrative of 24 July',
          },
        ],
        note: "Novikov's memoir has the Soviet acceptance note delivered to Mardam Bey on 24 July 1944; 22 July (GSE) may be the date of the Soviet decision/note.",
      },
    ],
    note: "The Russian embassy in Lebanon dates Antaki's first approach to 15 June 1943, whereas Novikov's own article says the end of June 1944; the day 22 July comes only from the Great Soviet Encyclopedia.",
  },
  {
    id: 'event-1944-10-26-solod-presents-credentials',
    start: '1944-10-26',
    kind: 'diplomatic',
    title: {
      en: 'First Soviet envoy Daniil Solod presents his credentials',
      ar: 'أول مبعوث سوفيتي دانييل سولود يقدم أوراق اعتماده',
      ru: 'Первый советский посланник Даниил Солод вручил верительные грамоты',
    },
    summary:
      'Daniil Solod, appointed the first Soviet envoy to Syria on 14 September 1944, presented his letter of credence on 26 October 1944, opening the Soviet legation after the July 1944 exchange of missions.',
    sources: [
      {
        source: 'wikipedia-list-of-ambassadors-of-russia-to-syria',
        locator: "section 'History of diplomatic relations', paragraph 1",
      },
    ],
    confidence: 'reported',
    related: ['event-1944-07-22-diplomatic-relations'],
  },
  {
    id: 'event-1946-02-soviet-syrian-agreement',
    start: '1946-02',
    kind: 'agreement',
    title: {
      en: 'Soviet–Syrian agreement on Soviet support for Syrian independence',
      ar: 'اتفاق سوفيتي سوري على دعم الاتحاد السوفيتي لاستقلال سوريا',
      ru: 'Советско-сирийское соглашение о поддержке независимости Сирии Советским Союзом',
    },
    summary:
      'Two web pages state that in February 1946 an agreement was signed under which the USSR promised diplomatic and political support for Syrian independence (one adds military help in forming the Syrian army), ahead of the French evacuation.',
    sources: [
      {
        source: 'ewikibg-russia-syria-relations',
        locator: 'lead paragraph',
      },
      {
        source: 'beingblacktoday-syria-russia-diplomatic-relations',
        locator: 'paragraph 2 (gives 1 February 1946)',
      },
      {
        source: 'uncensored-wiki-embassy-of-syria-moscow',
        locator: 'paragraph 2 (gives 10 February 1946: an agreement formalising relations, leading to embassies)',
      },
    ],
    confidence: 'reported',
    note: 'All three pages appear to derive from Wikipedia and are not independent; they disagree on the day (1 or 10 February 1946), so only the month is kept. The Great Soviet Encyclopedia list of Soviet–Syrian agreements (gse-soviet-syrian-agreements) lists no 1946 agreement. Treat with caution.',
  },
  {
    id: 'event-1946-02-16-first-soviet-veto',
    start: '1946-02-16',
    kind: 'veto',
    title: {
      en: 'First Soviet veto in the UN Security Council, on the Syrian–Lebanese question',
      ar: 'أول فيتو سوفيتي في مجلس الأمن الدولي بشأن المسألة السورية اللبنانية',
      ru: 'Первое советское вето в Совете Безопасности ООН по сирийско-ливанскому вопросу',
    },
    summary:
      "The USSR vetoed a US draft resolution that took note of the parties' statements, expressed confidence that foreign (British and French) troops in Syria and Lebanon would be withdrawn 'as soon as practicable' through negotiations, and asked the parties to report; it was the first veto ever cast, Moscow having backed the Syrian–Lebanese demand for evacuation.",
    sources: [
      {
        source: 'un-unispal-vetoed-draft-syria-lebanon-1946',
        locator: 'draft text and vote of 16 February 1946 (S/PV.22)',
      },
      {
        source: 'kassioun-first-security-council-veto',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'frus-1946-v07-d604',
        locator: 'telegram 962, account of the 14–16 February meetings and Stettinius resolution',
      },
      {
        source: 'time-1946-07-01-will-of-the-minority',
        locator: "list of Soviet vetoes, 'In February...'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1946-04-french-evacuation',
    start: '1946-04',
    kind: 'other',
    title: {
      en: 'Evacuation of French troops from Syria',
      ar: 'جلاء القوات الفرنسية عن سوريا',
      ru: 'Вывод французских войск из Сирии',
    },
    summary:
      'French troops completed their evacuation of Syria in April 1946, following the Security Council debate in which the USSR had backed the Syrian–Lebanese demand for withdrawal.',
    sources: [
      {
        source: 'ewikibg-russia-syria-relations',
        locator: 'lead paragraph: evacuation of French troops in April 1946',
      },
      {
        source: 'time-1946-07-01-will-of-the-minority',
        locator: "parenthesis 'All troops are out of Syria'",
      },
    ],
    confidence: 'reported',
    note: 'Month from the Wikipedia mirror only; Time (1 July 1946) confirms all foreign troops were out of Syria by then.',
  },
  {
    id: 'event-1954-01-22-soviet-veto-bnot-yaakov',
    start: '1954-01-22',
    kind: 'veto',
    title: {
      en: "Soviet veto of the Western draft on Syria's complaint over the Bnot Yaakov project",
      ar: 'فيتو سوفيتي على مشروع القرار الغربي بشأن شكوى سوريا من مشروع بنات يعقوب',
      ru: 'Советское вето на западный проект резолюции по жалобе Сирии на проект Бнот-Яаков',
    },
    summary:
      "Andrei Vyshinsky vetoed the US–UK–French draft resolution on Syria's complaint against Israel's Bnot Yaakov hydroelectric works in the demilitarized zone, arguing it disregarded Syria's rights there; JTA called it the first Soviet veto on a matter pertaining to Israel.",
    sources: [
      {
        source: 'jta-ussr-vetoes-syrian-complaint-1954',
        locator: "paragraphs 1–3 ('last Friday night')",
      },
      {
        source: 'jta-1954-01-22-big-three-resolution',
        locator: 'report of the 15th meeting and vote scheduled for the next day',
      },
    ],
    confidence: 'reported',
    note: "Both items are from JTA (one publisher). 'Last Friday' = 22 January 1954 (weekday worked out from the calendar).",
  },
  {
    id: 'event-1955-1985-syrian-military-spending',
    start: '1955',
    end: '1985',
    kind: 'economic',
    title: {
      en: 'Growth of Syrian military spending, 1955–1985',
      ar: 'نمو الإنفاق العسكري السوري بين عامي 1955 و1985',
      ru: 'Рост военных расходов Сирии в 1955–1985 годах',
    },
    summary:
      "Syrian defence spending, largely on Soviet equipment, rose steeply after 1973, from about US$2.6 billion in 1983 to about US$3.3 billion in 1985 (Library of Congress country study); the article prints 'US$71 million' for 1955 and 'US$3.1 million' for 1985.",
    people: ['shukri-al-quwatli', 'hafez-al-assad'],
    sources: [
      {
        source: 'globalsecurity-mirror-syria-military-spending',
        locator: 'paragraph 1 (US$2.6 billion in 1983 to US$3.3 billion in 1985; US$3.6 billion estimated 1986)',
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "fn. 2 (Ma'oz, Sphinx of Damascus, p. 58)",
      },
      {
        source: 'maoz-1988-sphinx',
        locator: "p. 58, as cited in the article's fn. 2",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'summary',
        value: 'Military spending rose from US$71 million (1955, under Shukri al-Quwatli) to US$3.1 million (1985)',
        sources: [
          {
            source: 'inside-arabia-damascus-moscow-2',
            locator: "fn. 2 (Ma'oz, Sphinx of Damascus, p. 58)",
          },
        ],
        note: "As printed the figures describe a fall, not the rise the article asserts; '3.1 million' is almost certainly a slip for about US$3.1 billion, close to the US$3.3 billion the country study gives for 1985. The 1955 figure (US$71 million) was not checked against another source.",
      },
    ],
  },
  {
    id: 'event-1955-09-soviet-arms-offer-to-syria',
    start: '1955-09',
    kind: 'diplomatic',
    title: {
      en: 'Soviet Union offers Syria arms on credit',
      ar: 'الاتحاد السوفيتي يعرض على سوريا أسلحة بالآجل',
      ru: 'Советский Союз предложил Сирии оружие в кредит',
    },
    summary:
      "The Soviet minister in Damascus, Belyayev, offered Prime Minister Ghazzi arms on two- or three-year credit to be repaid with Syrian cotton, and a Soviet official asked the Syrian chief of staff about Syria's military needs, while Washington confirmed Soviet arms offers to Egypt, Syria and Saudi Arabia.",
    sources: [
      {
        source: 'frus-1955-57-v13-d306',
        locator: 'footnotes 2–4 (Damascus telegrams of 29 September, 30 September and 3 October 1955)',
      },
      {
        source: 'jta-russian-offer-of-arms-to-arab-states-confirmed',
        locator:
          'paragraphs 1 and 5 (Soviet offer of munitions to Egypt, Syria and Saudi Arabia; Syrian ambassador Zeineddine on arms talks with Russia)',
      },
    ],
    confidence: 'verified',
    related: ['arms-1956-su-sy-agreed-first-direct'],
    note: "Ghazzi reportedly neither accepted nor rejected the offer. The JTA item is undated in the copy read (it refers to King Saud's visit to Tehran 'three weeks ago'); the month rests on the State Department telegrams.",
  },
  {
    id: 'event-1955-11-legations-raised-to-embassies',
    start: '1955-11',
    kind: 'diplomatic',
    title: {
      en: 'Soviet and Syrian legations raised to embassies',
      ar: 'رفع المفوضيتين السوفيتية والسورية إلى مستوى سفارتين',
      ru: 'Миссии СССР и Сирии преобразованы в посольства',
    },
    summary:
      'The two countries agreed to turn their legations into embassies, raising their envoys to the rank of ambassador.',
    sources: [
      {
        source: 'almashhad-2020-76-years-soviet-syrian-relations',
        locator: 'paragraph 2 (17–19 November 1955)',
      },
      {
        source: 'wikipedia-list-of-ambassadors-of-russia-to-syria',
        locator: "section 'History of diplomatic relations' (22 November 1955)",
      },
    ],
    confidence: 'verified',
    note: "The sources give different days (17–19 or 22 November 1955), so only the month is recorded. Syria's first ambassador presented credentials in Moscow in March 1956.",
    related: ['event-1956-03-embassy-level-relations'],
  },
  {
    id: 'event-1955-11-16-trade-payments-agreement',
    start: '1955-11-16',
    kind: 'economic',
    title: {
      en: 'Soviet–Syrian trade and payments agreement',
      ar: 'اتفاقية التجارة والمدفوعات السوفيتية السورية',
      ru: 'Советско-сирийское соглашение о торговле и платежах',
    },
    summary: 'The USSR and Syria concluded an agreement on trade and payments.',
    sources: [
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'paragraph 2',
      },
      {
        source: 'hungaricana-kulfoldi-hirek-1956-03',
        locator: "item 1956-03-21: Syrian ambassador refers to the 'recently concluded trade agreement'",
      },
    ],
    confidence: 'reported',
    note: 'Exact date only in the Great Soviet Encyclopedia; the Hungarian bulletin corroborates a recent trade agreement by March 1956.',
  },
  {
    id: 'event-1956-03-embassy-level-relations',
    start: '1956-03',
    kind: 'diplomatic',
    title: {
      en: "Syria's first ambassador presents credentials in Moscow",
      ru: 'Первый посол Сирии вручил верительные грамоты в Москве',
      ar: 'أول سفير لسوريا يقدم أوراق اعتماده في موسكو',
    },
    summary:
      "Jamal al-Farra presented his credentials to Kliment Voroshilov as Syria's first ambassador in Moscow, the two countries having raised relations to embassy rank.",
    people: ['kliment-voroshilov'],
    sources: [
      {
        source: 'hungaricana-kulfoldi-hirek-1956-03',
        locator: 'item dated 1956-03-21',
      },
    ],
    confidence: 'reported',
    related: ['event-1955-11-legations-raised-to-embassies'],
  },
  {
    id: 'event-1956-06-25-joint-communique-shepilov-visit',
    start: '1956-06-25',
    kind: 'diplomatic',
    title: {
      en: 'Soviet–Syrian joint communiqué on lasting friendship',
      ar: 'بيان مشترك سوفيتي سوري بشأن صداقة دائمة',
      ru: 'Советско-сирийское совместное коммюнике о прочной дружбе',
    },
    summary:
      'In a joint communiqué the USSR and Syria declared their intention to build a lasting friendship and to develop economic and cultural cooperation on the basis of equality, non-interference and respect for sovereignty.',
    sources: [
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'paragraph 2',
      },
    ],
    confidence: 'reported',
    note: "Issued during Foreign Minister Shepilov's Middle East tour; the encyclopedia gives the date but not the occasion.",
    related: ['visit-1956-06-22-su-sy-dmitri-shepilov', 'event-1957-08-06-joint-communique-cooperation'],
  },
  {
    id: 'event-1956-08-20-cultural-agreement',
    start: '1956-08-20',
    kind: 'agreement',
    title: {
      en: 'Soviet–Syrian cultural cooperation agreement',
      ar: 'اتفاقية التعاون الثقافي السوفيتية السورية',
      ru: 'Советско-сирийское соглашение о культурном сотрудничестве',
    },
    summary:
      'The USSR and Syria signed a cultural agreement providing for exchanges of specialists in science, art and education and for scholarships.',
    sources: [
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'paragraph 3 (agreement of Aug. 20, 1956, replaced 1962)',
      },
      {
        source: 'hitti-syria-short-history-p264',
        locator: 'paragraph 2 (cultural agreement with Russia)',
      },
    ],
    confidence: 'reported',
    note: "Hitti confirms the agreement's content but not its date; the day is from the Great Soviet Encyclopedia only.",
  },
  {
    id: 'event-1956-10-suez-crisis-syria-ussr',
    start: '1956-10',
    end: '1956-11',
    kind: 'war',
    title: {
      en: 'Suez crisis: Syria turns to Moscow',
      ar: 'أزمة السويس: سوريا تتجه إلى موسكو',
      ru: 'Суэцкий кризис: Сирия обращается к Москве',
    },
    summary:
      "During the Anglo-French-Israeli attack on Egypt, Syria's President Quwatli was in Moscow pleading Egypt's case (Zhukov told him practical military help was impossible), the Syrian press credited Russia with the ceasefire, and at the end of 1956 Syria asked the USSR to station two squadrons with their pilots in Syria, which Moscow declined.",
    people: ['shukri-al-quwatli'],
    sources: [
      {
        source: 'oocities-ussr-suez-crisis',
        locator: "paragraph on Kuwatly in Moscow and Zhukov's globe",
      },
      {
        source: 'time-syria-open-house',
        locator: 'paragraphs 1 and 3',
      },
      {
        source: 'time-1956-kuwatly-visit-mig-reports',
        locator: 'paragraphs 3–4',
      },
      {
        source: 'wilson-even-two-squadrons-1956',
        locator: 'introduction',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1957-06-25-wireless-telegraph-agreement',
    start: '1957-06-25',
    kind: 'agreement',
    title: {
      en: 'Soviet–Syrian agreement on radio-telegraph communications',
      ar: 'اتفاقية سوفيتية سورية بشأن الاتصالات البرقية اللاسلكية',
      ru: 'Советско-сирийское соглашение о радиотелеграфной связи',
    },
    summary:
      'The USSR and Syria concluded an agreement establishing wireless telegraph communications between the two countries.',
    sources: [
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'paragraph 3',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-1957-08-06-joint-communique-cooperation',
    start: '1957-08-06',
    kind: 'agreement',
    title: {
      en: 'Soviet–Syrian joint communiqué on economic and technical cooperation',
      ar: 'بيان مشترك سوفيتي سوري بشأن التعاون الاقتصادي والفني',
      ru: 'Советско-сирийское совместное коммюнике об экономическом и техническом сотрудничестве',
    },
    summary:
      'At the end of talks in Moscow, Khalid al-Azm and Soviet Deputy Premier Iosif Kuzmin signed a joint communiqué announcing that the two countries would conclude an agreement on economic and technical cooperation (railways, roads, irrigation, etc.) and that a Soviet expert delegation would visit Syria.',
    people: ['khalid-al-azm'],
    sources: [
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'paragraph 2 (joint communiqué of Aug. 6, 1957)',
      },
      {
        source: 'timecapsule-1957-08-06-ussr-syria-agreement',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'jta-moscow-announces-cooperation-pact-syria',
        locator: 'paragraphs 1–2',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1957-08-18-syrian-crisis',
    start: '1957-08-18',
    end: '1957-10',
    kind: 'diplomatic',
    title: {
      en: 'Syrian crisis of 1957: Soviet backing against Turkish pressure',
      ar: 'الأزمة السورية عام 1957: الدعم السوفيتي في مواجهة الضغط التركي',
      ru: 'Сирийский кризис 1957 года: советская поддержка перед лицом турецкого давления',
    },
    summary:
      "After Syria's leftward turn (expulsion of US diplomats, appointment of Afif al-Bizri as chief of staff), Turkey massed troops on the Syrian border; the USSR backed Damascus with Bulganin's warning letter to Menderes, Khrushchev's threats against Turkey and a naval visit to Latakia, and the crisis subsided in late October after Khrushchev's conciliatory call at the Turkish embassy in Moscow.",
    people: ['nikita-khrushchev', 'nikolai-bulganin', 'shukri-al-quwatli'],
    sources: [
      {
        source: 'askwikinow-syrian-crisis-1957',
        locator: 'infobox and lead',
      },
      {
        source: 'frus-1955-57-v24-d363',
        locator: 'editorial note, paragraphs 1–2',
      },
      {
        source: 'time-1957-11-11-syrian-aftermath',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'knizki-israel-palestina-75-let-p38',
        locator: "Latakia visit and Khrushchev's NYT interview",
      },
    ],
    confidence: 'verified',
    note: "FRUS dates Bulganin's letter 10 September and Khrushchev's New York Times interview 9 October; the Russian book has the ambassador delivering Bulganin's message on 11 September and dates the interview answers to 7 October.",
  },
  {
    id: 'event-1957-10-16-gromyko-backs-syrian-complaint-un',
    start: '1957-10-16',
    end: '1957-10-30',
    kind: 'diplomatic',
    title: {
      en: "Gromyko backs Syria's complaint against Turkey at the UN",
      ar: 'غروميكو يدعم شكوى سوريا ضد تركيا في الأمم المتحدة',
      ru: 'Громыко поддержал жалобу Сирии на Турцию в ООН',
    },
    summary:
      'After Syria asked the General Assembly to take up Turkish threats to its security, Gromyko wrote to the Assembly president accusing Turkey and US advisers of planning an attack on Syria and warning that Moscow could not stay indifferent; the Assembly debated the item from 22 to 30 October and took no further action.',
    people: ['andrei-gromyko'],
    sources: [
      {
        source: 'frus-1955-57-v13-d406-editorial-note-syrian-complaint',
        locator: 'editorial note, paragraphs 1–2 (Gromyko letter of 16 October, U.N. doc. A/3700)',
      },
      {
        source: 'frus-1955-57-v24-d363-editorial-note-turkish-syrian-crisis',
        locator: 'paragraph 2 (debate 22–30 October)',
      },
      {
        source: 'press-1957-10-21-un-debate-on-syria-gromyko',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'verified',
    related: ['event-1957-08-18-syrian-crisis', 'visit-1957-09-21-su-sy-soviet-naval-squadron'],
  },
  {
    id: 'event-1957-10-28-economic-technical-agreement',
    start: '1957-10-28',
    kind: 'economic',
    title: {
      en: 'Soviet–Syrian agreement on economic and technical cooperation',
      ar: 'اتفاقية التعاون الاقتصادي والفني بين الاتحاد السوفيتي وسوريا',
      ru: 'Советско-сирийское соглашение об экономическом и техническом сотрудничестве',
    },
    summary:
      'The USSR granted Syria a long-term credit on favourable terms and undertook to help build railways, bridges, a nitrogen-fertilizer plant, power and irrigation works, and agricultural-research and geological-survey centres.',
    sources: [
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'paragraph 2 (agreement of Oct. 28, 1957)',
      },
      {
        source: 'time-1957-11-11-syrian-aftermath',
        locator: "paragraph 4 ('economic assistance agreement signed last week')",
      },
    ],
    confidence: 'verified',
    note: 'Time estimated the credit at about $100 million at 2.5% interest over seven years; in early October Syrian leaders had spoken of $500 million in Soviet development aid (time-1957-10-14-middle-east).',
  },
  {
    id: 'event-1958-hafez-al-assad-flight-training-ussr',
    start: '1958',
    kind: 'other',
    title: {
      en: "Hafez al-Assad's flight training in the Soviet Union",
      ar: 'تدريب حافظ الأسد على الطيران في الاتحاد السوفيتي',
      ru: 'Лётная подготовка Хафеза Асада в СССР',
    },
    summary:
      'The young air force officer Hafez al-Assad trained as a pilot in the Soviet Union; the article dates this to 1958, other accounts to the early 1960s.',
    people: ['hafez-al-assad'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'fn. 5 (Seale, Asad, p. 57)',
      },
      {
        source: 'seale-1988-asad',
        locator: "p. 57, as cited in the article's fn. 5",
      },
      {
        source: 'ccord-livejournal-russia-syria-ties',
        locator: "paragraph 1 ('as a young man ... learned to fly fighter jets in the Soviet Union', no year)",
      },
      {
        source: 'thebaron-assads-in-moscow',
        locator: "paragraph 3 (trained at a Soviet military academy 'in the early 1960s')",
      },
      {
        source: 'liquisearch-hafez-al-assad-air-force-career',
        locator: 'paragraph 1 (graduated from flying school and commissioned in 1955)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: 'early 1960s',
        sources: [
          {
            source: 'thebaron-assads-in-moscow',
            locator: 'paragraph 3',
          },
        ],
        note: "A former Reuters Moscow correspondent places Assad's Soviet training in the early 1960s; the article (citing Seale) says 1958. No page read gave the base or a precise date.",
      },
    ],
    note: "The article's 'while still a student' conflicts with his commissioning as a pilot in 1955; in 1958 Syria was part of the UAR. Not an official visit, so recorded as an event.",
  },
  {
    id: 'event-1958-01-11-syrian-officers-fly-to-cairo',
    start: '1958-01-11',
    kind: 'diplomatic',
    title: {
      en: 'Syrian officers fly to Cairo to demand union with Egypt',
      ar: 'ضباط سوريون يتوجهون جواً إلى القاهرة للمطالبة بالوحدة مع مصر',
      ru: 'Сирийские офицеры вылетают в Каир, чтобы потребовать союза с Египтом',
    },
    summary:
      "Fourteen Syrian officers led by Chief of Staff Afif al-Bizri flew to Cairo without government approval to press Nasser for immediate union, a move the article links to the Syrian elite's wish to curb communist influence (and hence the Soviet-leaning left).",
    people: ['gamal-abdel-nasser'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted opening paragraph on the 1958 officers' flight to Cairo",
      },
      {
        source: 'majalla-en-united-arab-republic-look',
        locator: 'opening paragraphs (11 January 1958, 14 officers, Bizri)',
      },
      {
        source: 'tellerreport-2024-uar-union-imposed-by-officers',
        locator: "section 'Before the unification' (14 officers led by Bizri flew on January 11, 1958)",
      },
      {
        source: 'tellerreport-2022-did-nasser-reject-union',
        locator:
          'paragraphs 2–6 (Heikal: Military Council decided on 11 January 1958; Nasser met the officers on 15 January)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1958-02',
        sources: [
          {
            source: 'inside-arabia-damascus-moscow-2',
            locator: "unfootnoted opening paragraph on the 1958 officers' flight to Cairo",
          },
        ],
        note: 'The article dates the flight to February 1958; three other pages date it to 11 January 1958 (Nasser received the officers on 15 January; the union was announced on 22 February 1958), so the article appears to conflate the flight with the proclamation of the union.',
      },
    ],
  },
  {
    id: 'event-1958-02-soviet-embassy-damascus-becomes-consulate-general',
    start: '1958-02',
    kind: 'diplomatic',
    title: {
      en: 'Soviet embassy in Damascus becomes a consulate general',
      ar: 'السفارة السوفيتية في دمشق تتحول إلى قنصلية عامة',
      ru: 'Посольство СССР в Дамаске преобразовано в генеральное консульство',
    },
    summary:
      'With the formation of the United Arab Republic, whose capital was Cairo, the Soviet embassy in Damascus was downgraded to a consulate general and the Soviet ambassador in Cairo represented the USSR to the union.',
    sources: [
      {
        source: 'almashhad-2020-76-years-soviet-syrian-relations',
        locator: 'paragraph 2 (22 February 1958)',
      },
      {
        source: 'wikipedia-list-of-ambassadors-of-russia-to-syria',
        locator: "section 'History of diplomatic relations' (27 February 1958)",
      },
    ],
    confidence: 'verified',
    note: "The sources give 22 or 27 February 1958, so only the month is recorded. Embassy-level relations were restored after Syria's secession in 1961, the consul general Anatoly Barkovsky becoming ambassador.",
    related: ['event-1958-02-22-united-arab-republic', 'event-1961-10-ussr-recognises-syrian-arab-republic'],
  },
  {
    id: 'event-1958-02-22-united-arab-republic',
    start: '1958-02-22',
    kind: 'other',
    title: {
      en: 'Formation of the United Arab Republic',
      ar: 'قيام الجمهورية العربية المتحدة',
      ru: 'Образование Объединённой Арабской Республики',
    },
    short: {
      en: 'UAR formed',
      ar: 'الجمهورية العربية المتحدة',
      ru: 'Образование ОАР',
    },
    summary:
      "Syria merged with Egypt in the United Arab Republic under Nasser, a union pushed partly by Syrian elites' wish to curb the communists; Moscow reacted cautiously (Pravda gave the news 13 lines on an inside page, per Heikal) and Syrian Communist leader Khalid Bakdash left the country.",
    people: ['gamal-abdel-nasser', 'shukri-al-quwatli'],
    sources: [
      {
        source: 'ekathimerini-1958-02-22',
        locator: 'plebiscite of 21 February',
      },
      {
        source: 'youm7-1958-04-29-moscow-receives-nasser',
        locator: 'paragraphs 2–3 (22 Feb 1958; Pravda; Bakdash)',
      },
      {
        source: 'oib-hilu-turk-dignity-prisons',
        locator: "paragraph 3 ('declaration of unity ... on 22 February 1958')",
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator:
          "unfootnoted opening paragraphs (February 1958 officers' flight to Cairo; union to end communist activity); unfootnoted paragraphs on the UAR and the suppression of the communists",
      },
      {
        source: 'tellerreport-2024-uar-union-imposed-by-officers',
        locator: 'paragraph 1 (announced 22 February 1958; ended 28 September 1961)',
      },
      {
        source: 'tellerreport-2022-did-nasser-reject-union',
        locator: 'paragraph 3 (Nasser announced the UAR on 22 February 1958)',
      },
      {
        source: 'googlebooks-isbn0873327489-p31',
        locator: 'paragraph 2 (Bakdash in exile in Eastern Europe from 1958 until 1966)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1958-02-01',
        sources: [
          {
            source: 'suspiciousberean-uar-breaks-up',
            locator: "paragraph 1 ('came into effect on February 1, 1958')",
          },
        ],
        note: '1 February 1958 was the proclamation of union; the plebiscite was held on 21 February and the republic is usually dated from 22 February.',
      },
    ],
    note: "The article gives no day; it says the regime lasted 'three and a half years' (February 1958–September 1961, in fact about three years seven months).",
  },
  {
    id: 'event-1958-03-soviet-survey-teams-begin-work',
    start: '1958-03',
    kind: 'economic',
    title: {
      en: 'Soviet survey teams begin work under the 1957 aid agreement',
      ar: 'فرق المسح السوفيتية تبدأ عملها بموجب اتفاقية المساعدة لعام 1957',
      ru: 'Советские изыскательские группы приступили к работе по соглашению о помощи 1957 года',
    },
    summary:
      "The USSR began the survey phase of its October 1957 economic aid agreement, with up to about 250 Soviet technicians mapping Syria's geology and surveying irrigation and farm projects, mostly in the north-east and on the Euphrates.",
    sources: [
      {
        source: 'cia-1958-07-28-implementation-soviet-syrian-economic-aid',
        locator: 'p. 1, paragraphs 1–2',
      },
    ],
    confidence: 'reported',
    continues: 'event-1957-10-28-economic-technical-agreement',
    related: ['event-1957-10-28-economic-technical-agreement'],
  },
  {
    id: 'event-1958-12-uar-suppression-of-communists',
    start: '1958-12',
    end: '1959',
    kind: 'other',
    title: {
      en: 'Suppression of Syrian communists under the UAR',
      ar: 'قمع الشيوعيين السوريين في عهد الجمهورية العربية المتحدة',
      ru: 'Репрессии против сирийских коммунистов в ОАР',
    },
    summary:
      'From December 1958 Nasser publicly attacked the Syrian Communist Party, which had opposed the union; its newspaper was closed, Khalid Bakdash went underground, party members were arrested and some killed under torture (teacher Said al-Droubi in February 1959, Lebanese party leader Farajallah el-Helou in Damascus in June 1959), straining Soviet–UAR relations.',
    people: ['gamal-abdel-nasser'],
    sources: [
      {
        source: 'time-1959-01-05-turning-point',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'bibliboba-khrushchev-naser-p59',
        locator:
          "Nasser interview: 'until December last year, when I found it necessary to speak out against the Syrian communist party'",
      },
      {
        source: 'liquisearch-syrian-communist-party-suppression',
        locator: 'section text',
      },
      {
        source: 'oib-hilu-turk-dignity-prisons',
        locator: 'paragraphs 3–4 (arrest and death of Said al-Droubi, 14–15 Feb 1959)',
      },
      {
        source: 'gse-helou-faradjallah',
        locator: 'final paragraph',
      },
      {
        source: 'abcdef-de-farajallah-el-helou',
        locator: 'infobox (died 25 June 1959)',
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator:
          "unfootnoted paragraph 'Under the United Arab Republic, the Syrian Communist Party was abolished, and its leaders thrown in jail'",
      },
    ],
    confidence: 'verified',
    note: "Helou's death: the Great Soviet Encyclopedia says he entered Damascus on 25 June and died 26 June 1959; the Wikipedia mirror (abcdef-de-farajallah-el-helou) gives 25 June 1959.",
  },
  {
    id: 'event-1959-khrushchev-nasser-dispute',
    start: '1959',
    kind: 'diplomatic',
    title: {
      en: 'Public dispute between Khrushchev and Nasser over communists in the UAR',
      ar: 'خلاف علني بين خروتشوف وعبد الناصر بشأن الشيوعيين في الجمهورية العربية المتحدة',
      ru: 'Публичная полемика Хрущёва и Насера о коммунистах в ОАР',
    },
    summary:
      "Khrushchev criticised the UAR's anti-communist campaign in his report to the 21st CPSU Congress, Nasser answered in speeches (including one in Damascus), and Khrushchev then publicly said Moscow was 'pained' by Nasser's Damascus speech and accused him of using 'the language of the imperialists', while stating diplomatic relations would continue.",
    people: ['nikita-khrushchev', 'gamal-abdel-nasser'],
    sources: [
      {
        source: 'readania-khrushchev-naser-p35',
        locator: "Nasser's letter to Khrushchev (21st Congress report; Nasser's speech of 21 February)",
      },
      {
        source: 'jta-khrushchev-attacks-nasser-1959',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'verified',
    note: "The JTA item's date is not shown in the copy read; it places Khrushchev's remarks at a Moscow reception for a new Iraqi–Soviet technical agreement.",
  },
  {
    id: 'event-1960-09-07-protocol-economic-cooperation',
    start: '1960-09-07',
    kind: 'agreement',
    title: {
      en: 'Protocol supplementing the 1957 Soviet–Syrian economic cooperation agreement',
      ar: 'بروتوكول مكمل لاتفاقية التعاون الاقتصادي السوفيتية السورية لعام 1957',
      ru: 'Протокол, дополняющий советско-сирийское соглашение об экономическом сотрудничестве 1957 года',
    },
    summary:
      'A complementary protocol to the October 1957 Soviet–Syrian agreement on economic and technical cooperation was signed while Syria was part of the UAR.',
    sources: [
      {
        source: 'gse-soviet-syrian-agreements',
        locator: "paragraph 2 ('Complementary protocols ... Sept. 7, 1960')",
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-1961-09-28-secession-coup',
    start: '1961-09-28',
    kind: 'coup',
    title: {
      en: 'Secession coup ends the union with Egypt',
      ar: 'انقلاب الانفصال ينهي الوحدة مع مصر',
      ru: 'Переворот, положивший конец союзу с Египтом',
    },
    summary: 'A military coup in Damascus led by Lt. Col. Abd al-Karim al-Nahlawi dissolved the United Arab Republic.',
    people: ['abd-al-karim-al-nahlawi'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraph on the UAR ('dissolved by military coup in September 1961')",
      },
      {
        source: 'tellerreport-2024-uar-union-imposed-by-officers',
        locator: 'paragraph 1 (ended 28 September 1961 by a coup led by Abdel Karim al-Nahlawi)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1961-10-ussr-recognises-syrian-arab-republic',
    start: '1961-10',
    kind: 'diplomatic',
    title: {
      en: 'USSR recognises the seceded Syrian Arab Republic',
      ar: 'الاتحاد السوفيتي يعترف بالجمهورية العربية السورية بعد الانفصال',
      ru: 'СССР признаёт Сирийскую Арабскую Республику после выхода из ОАР',
    },
    summary:
      'The Kuzbari government quietly accepted Soviet recognition three days before the US recognised Syria on 10 October 1961, although as late as 5 October no communist state was among the recognising countries listed by Nasser.',
    people: ['maamun-al-kuzbari'],
    sources: [
      {
        source: 'time-syria-welcome-1961',
        locator:
          "paragraph 1 ('Three days earlier, the new regime, coolly and without publicity, accepted Soviet recognition')",
      },
      {
        source: 'frus-1961-63-v17-d229',
        locator: 'paragraph 3 (US recognised the Syrian Arab Republic on 10 October 1961)',
      },
      {
        source: 'paperspast-1961-10-07-independence-of-syria-accepted',
        locator:
          "paragraphs 3–4 (Nasser's list of recognising states on 5 October: Jordan, Nationalist China, Turkey, Guatemala, Iran)",
      },
      {
        source: 'frus-1961-63-v17-d117',
        locator: 'point on recognition (1 October: no communist or neutralist country had recognised)',
      },
    ],
    confidence: 'reported',
    note: "Only Time states the Soviet recognition; the day (about 7 October) follows from 'three days' before the US note of 10 October and is therefore not given. Time also reports that Khalid Bakdash wired congratulations from Moscow.",
  },
  {
    id: 'event-1962-08-19-cultural-cooperation-agreement',
    start: '1962-08-19',
    kind: 'agreement',
    title: {
      en: 'Soviet–Syrian agreement on cultural cooperation',
      ar: 'اتفاقية التعاون الثقافي السوفيتية السورية',
      ru: 'Советско-сирийское соглашение о культурном сотрудничестве',
    },
    summary: 'A new cultural cooperation agreement replaced that of 20 August 1956.',
    sources: [
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'paragraph 3',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-1962-12-27-air-transport-agreement',
    start: '1962-12-27',
    kind: 'agreement',
    title: {
      en: 'Soviet–Syrian air transport agreement',
      ar: 'اتفاقية النقل الجوي السوفيتية السورية',
      ru: 'Советско-сирийское соглашение о воздушном сообщении',
    },
    summary: 'The USSR and Syria concluded an agreement on air transportation.',
    sources: [
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'paragraph 3',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-1963-03-08-baath-coup',
    start: '1963-03-08',
    kind: 'coup',
    title: {
      en: 'Baath Party seizes power in Syria',
      ar: 'حزب البعث يستولي على السلطة في سوريا',
      ru: 'Партия Баас захватывает власть в Сирии',
    },
    summary:
      'The Baath Military Committee (Umran, Jadid, Assad) took power; per the article the new leaders sought closer ties and Soviet arms.',
    people: ['salah-jadid', 'hafez-al-assad', 'nazim-al-qudsi'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted paragraph on the March 1963 Baath takeover',
      },
      {
        source: 'datana-kiwix-1963-syrian-coup',
        locator: 'lead and infobox (8 March 1963)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1963-07-09-soviet-demarche-syria-replies-at-un',
    start: '1963-07-09',
    end: '1963-07-12',
    kind: 'diplomatic',
    title: {
      en: 'Syria answers a Soviet démarche at the UN',
      ar: 'سوريا ترد على مسعى دبلوماسي سوفيتي في الأمم المتحدة',
      ru: 'Сирия ответила на советский демарш в ООН',
    },
    summary:
      "After a Soviet letter of 9 July 1963 to the Security Council (S/5345) following a démarche by the Soviet foreign minister that day, and an Iraqi letter of 10 July, Syria's new Baathist government replied in a foreign ministry statement of 11 July, which it had circulated to the Council on 12 July.",
    sources: [
      {
        source: 'un-s-5349-1963-07-12-syrian-letter',
        locator: 'covering letter and first lines of the enclosed statement of 11 July 1963',
      },
    ],
    confidence: 'reported',
    note: 'The passage read shows only the covering letter and the opening of the Syrian statement, not the subject of the Soviet démarche or the Syrian arguments.',
    related: ['event-1963-03-08-baath-coup'],
  },
  {
    id: 'event-1963-09-soviet-veto-almagor-resolution',
    start: '1963-09',
    kind: 'veto',
    title: {
      en: 'Soviet veto shields Syria over the Almagor killings',
      ar: 'فيتو سوفيتي يحمي سوريا في قضية القتل في ألماغور',
      ru: 'Советское вето защитило Сирию в деле об убийствах в Альмагоре',
    },
    summary:
      "The USSR vetoed a US–British draft that condemned the killing of two Israelis at Almagor on 19 August 1963 and rejected Syria's counter-complaint; eight members had voted for it, the USSR and Morocco against.",
    sources: [
      {
        source: 'jta-1963-soviet-veto-blocks-almagor-resolution',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'jta-1963-israels-moral-victory-noted-at-un',
        locator: "paragraphs 1–2 ('101st' Soviet veto)",
      },
    ],
    confidence: 'reported',
    note: 'Both reports are from one publisher, and the pages read do not give the day of the vote, so only the month is recorded.',
  },
  {
    id: 'event-1964-08-26-protocol-economic-technical-cooperation',
    start: '1964-08-26',
    kind: 'economic',
    title: {
      en: 'Complementary protocol to the 1957 economic and technical cooperation agreement',
      ar: 'بروتوكول ملحق باتفاقية التعاون الاقتصادي والفني لعام 1957',
      ru: 'Дополнительный протокол к соглашению об экономическом и техническом сотрудничестве 1957 года',
    },
    summary:
      'A second complementary protocol (after that of 7 September 1960) was signed to the Soviet–Syrian economic and technical cooperation agreement of 28 October 1957.',
    sources: [
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'paragraph 2',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-1964-12-21-soviet-veto-syrian-israeli-clash',
    start: '1964-12-21',
    kind: 'veto',
    title: {
      en: 'Soviet veto on the Syrian–Israeli border clash',
      ar: 'فيتو سوفيتي بشأن الاشتباك الحدودي السوري الإسرائيلي',
      ru: 'Советское вето по сирийско-израильскому пограничному столкновению',
    },
    summary:
      "The USSR vetoed a US–British draft deploring the November 1964 fighting on the Israel–Syria armistice line, its delegate Morozov arguing that it put Syria on the same footing as the 'aggressor', Israel.",
    sources: [
      {
        source: 'jta-1964-12-22-soviet-vetoes-syrian-israeli-clash',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'un-spv-1182-1964-12-21',
        locator: 'cover page (1182nd meeting, 21 December 1964, agenda: Syrian letter of 14 November 1964)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1965-11-04-long-term-trade-payments-agreements',
    start: '1965-11-04',
    kind: 'economic',
    title: {
      en: 'Soviet–Syrian long-term trade and payments agreements',
      ar: 'اتفاقيتا التجارة الطويلة الأجل والمدفوعات بين الاتحاد السوفيتي وسوريا',
      ru: 'Советско-сирийские соглашения о долгосрочной торговле и о платежах',
    },
    summary:
      'The two countries concluded an agreement on long-term trade and an agreement on payments on the same day.',
    sources: [
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'paragraph 3',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-1966-syrian-communists-enter-government',
    start: '1966',
    kind: 'other',
    title: {
      en: 'Syrian communists return from exile and join the government',
      ar: 'عودة الشيوعيين السوريين من المنفى ومشاركتهم في الحكومة',
      ru: 'Сирийские коммунисты возвращаются из эмиграции и входят в правительство',
    },
    summary:
      "Only after the February 1966 neo-Baath coup did the Syrian Communists regain political freedom and their first cabinet post, as Damascus–Moscow ties intensified; the article places the return of the exiled communist leaders and their being 'given charge of transport' right after the March 1963 Baath takeover.",
    people: ['salah-jadid'],
    sources: [
      {
        source: 'googlebooks-isbn0873327489-p31',
        locator:
          'paragraphs 2–3 (Bakdash in exile 1958–1966; communists got little from the 1963 revolution; freedom and first cabinet post only after February 1966)',
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator:
          "unfootnoted paragraph on the March 1963 Baath takeover ('exiled communist leadership was invited back home and given charge of transport')",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1963-03',
        sources: [
          {
            source: 'inside-arabia-damascus-moscow-2',
            locator: 'unfootnoted paragraph on the March 1963 Baath takeover',
          },
        ],
        note: "The article implies the communists' return followed the March 1963 coup; the Google Books source says the Baathists of 1963 distrusted the communists and that Bakdash stayed in exile until 1966. The portfolio ('transport') was not confirmed.",
      },
    ],
  },
  {
    id: 'event-1966-soviet-cultural-centre-damascus-founded',
    start: '1966',
    kind: 'agreement',
    title: {
      en: 'Soviet cultural centre in Damascus founded',
      ar: 'تأسيس المركز الثقافي السوفيتي في دمشق',
      ru: 'Основан Советский культурный центр в Дамаске',
    },
    summary:
      'Under an agreement between the two governments a Soviet cultural centre was set up in Damascus, first in the Abu Rummaneh district, to spread the Russian language and cultural exchange.',
    sources: [
      {
        source: 'esyria-2011-russian-cultural-centre-damascus',
        locator: "paragraphs 1–2 (director's account)",
      },
      {
        source: 'alkhabar-2019-russian-ambassador-cultural-centre-reopening',
        locator: 'last two paragraphs',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1970s',
        sources: [
          {
            source: 'eadaily-russian-centre-science-culture-syria-resume',
            locator: "paragraph 2 ('created back in the 1970s')",
          },
        ],
        note: 'EADaily dates the Soviet centre to the 1970s, perhaps meaning its present building, opened in 1975.',
      },
    ],
    note: 'Al-Khabar repeats the eSyria wording, so the two count as one source for the 1966 date.',
  },
  {
    id: 'event-1966-02-23-neo-baath-coup',
    start: '1966-02-23',
    kind: 'coup',
    title: {
      en: 'Neo-Baath coup brings Salah Jadid to power',
      ar: 'انقلاب البعث الجديد يوصل صلاح جديد إلى السلطة',
      ru: 'Переворот необаасистов привёл к власти Салаха Джадида',
    },
    summary:
      "The Baath Party's Military Committee under Salah Jadid overthrew the party's old guard (Aflaq, Bitar, President Amin al-Hafiz) after heavy fighting and installed the radical neo-Baath government, with Nureddin al-Atassi as president from 25 February and Hafez al-Assad as defence minister.",
    people: ['salah-jadid', 'amin-al-hafiz', 'nureddin-al-atassi', 'hafez-al-assad'],
    sources: [
      {
        source: 'wikipedia-1966-syrian-coup',
        locator: 'infobox and lead, paragraphs 1–3',
      },
      {
        source: 'israeled-army-officers-seize-power-syria-1966',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'verified',
    related: [
      'event-1966-03-08-soviet-press-endorses-neo-baath-regime',
      'visit-1966-04-19-sy-su-yusuf-zuayyin',
      'event-1966-syrian-communists-enter-government',
    ],
  },
  {
    id: 'event-1966-03-08-soviet-press-endorses-neo-baath-regime',
    start: '1966-03-08',
    kind: 'diplomatic',
    title: {
      en: "Soviet press endorses Syria's new neo-Baath regime",
      ar: 'الصحافة السوفيتية تؤيد نظام البعث الجديد في سوريا',
      ru: 'Советская пресса одобряет новый режим партии Баас в Сирии',
    },
    summary:
      "After the 23 February 1966 coup, Krasnaya Zvezda and Izvestiya published Atassi's statement that Syria's main objective was socialism; Soviet debate over the coup ended on the eve of the prime minister's 19 April Moscow visit, and Moscow decided to resume large-scale aid to the new regime.",
    people: ['nureddin-al-atassi', 'yusuf-zuayyin'],
    sources: [
      {
        source: 'taylorfrancis-kass-syrian-coup-1966',
        locator: 'chapter abstract',
      },
      {
        source: 'jta-soviet-envoy-eshkol-syria-aid-1966',
        locator: "paragraph 2 ('the Soviet Union’s decision to resume large-scale aid to the new Syrian regime')",
      },
    ],
    confidence: 'reported',
    note: 'The date of 8 March rests on Kass alone; JTA independently reports the Soviet decision to back the new regime with aid.',
  },
  {
    id: 'event-1966-04-22-euphrates-dam-credit-protocol',
    start: '1966-04-22',
    kind: 'economic',
    title: {
      en: 'Soviet–Syrian protocol on credit for the Euphrates dam',
      ar: 'بروتوكول سوفيتي سوري بشأن قرض لسد الفرات',
      ru: 'Советско-сирийский протокол о кредите на строительство плотины на Евфрате',
    },
    summary:
      'The USSR agreed to build the Euphrates hydro-engineering complex and extend long-term credit (US$133 million per the CIA), its first economic commitment to Syria since 1957.',
    sources: [
      {
        source: 'cia-1966-euphrates-river-development',
        locator: "first paragraph ('On 22 April the USSR agreed…')",
      },
      {
        source: 'gse-soviet-syrian-agreements',
        locator: 'paragraph on the protocol of Apr. 22, 1966',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1965',
        sources: [
          {
            source: 'liquisearch-tabqa-dam-project-history',
            locator:
              "paragraph 1 ('a new agreement about the financing of the dam was reached with the Soviet Union in 1965')",
          },
        ],
        note: 'The Wikipedia text dates the financing agreement to 1965 and puts the Soviet loan at US$100 million (of a US$340 million total); the CIA report and the Great Soviet Encyclopedia give 22 April 1966 and the CIA US$133 million. The 1965 date may refer to an earlier stage.',
      },
    ],
    note: 'Dam built 1968–1973 with Soviet technical help (up to 900 Soviet technicians, per the Wikipedia text).',
  },
  {
    id: 'event-1966-11-04-soviet-veto-syria-israel-incidents',
    start: '1966-11-04',
    kind: 'veto',
    title: {
      en: 'Soviet veto of six-power draft on Syria–Israel incidents',
      ar: 'فيتو سوفيتي على مشروع قرار الدول الست بشأن الحوادث بين سوريا وإسرائيل',
      ru: 'Советское вето на проект резолюции шести держав об инцидентах между Сирией и Израилем',
    },
    summary:
      'The USSR voted against, and so vetoed, a six-power draft that deplored border incidents and invited Syria to strengthen its measures against armistice violations; ten members voted for it.',
    sources: [
      {
        source: 'unispal-1966-11-03-six-power-draft-syria-israel',
        locator: 'draft text and voting record of 4 November 1966',
      },
    ],
    confidence: 'reported',
    related: ['event-1967-05-13-soviet-warning-israeli-troops-syrian-border'],
  },
  {
    id: 'event-1967-05-13-soviet-warning-israeli-troops-syrian-border',
    start: '1967-05-13',
    kind: 'diplomatic',
    title: {
      en: "Soviet warning of Israeli troops massing on Syria's border",
      ar: 'تحذير سوفيتي من حشود عسكرية إسرائيلية على حدود سوريا',
      ru: 'Советское предупреждение о сосредоточении израильских войск у границы Сирии',
    },
    summary:
      'Moscow told Egypt (through Anwar Sadat, then visiting Moscow) that Israel was massing some 11–13 brigades to invade Syria, a report now generally held to be false that set off the Egyptian moves leading to the June 1967 war.',
    people: ['anwar-sadat', 'leonid-brezhnev'],
    sources: [
      {
        source: 'issuhub-historical-dictionary-israeli-intelligence-p320',
        locator: 'p. 320 (entry on the 1967 war, paragraph 1)',
      },
      {
        source: 'ginor-2003-meria-cold-wars-longest-cover-up',
        locator: 'abstract and opening paragraph',
      },
    ],
    confidence: 'verified',
    note: 'Whether the warning was a blunder or deliberate disinformation is disputed by historians; Ginor argues the latter.',
    related: ['event-1967-06-05-six-day-war', 'event-1967-06-soviet-role-six-day-war'],
  },
  {
    id: 'event-1967-06-soviet-role-six-day-war',
    start: '1967-06',
    kind: 'war',
    title: {
      en: 'Soviet role in the June 1967 war',
      ar: 'الدور السوفيتي في حرب حزيران 1967',
      ru: 'Роль СССР в Шестидневной войне 1967 года',
    },
    summary:
      'During the June 1967 war the threat of Soviet intervention was partly responsible for halting the Israeli advance; afterwards Soviet military aid to Syria grew substantially and a sizable Soviet military presence was established.',
    people: ['nureddin-al-atassi'],
    sources: [
      {
        source: 'country-data-syria-foreign-influences-armed-forces',
        locator: 'paragraph 2',
      },
    ],
    confidence: 'reported',
    note: "Library of Congress country study text (also reproduced on GlobalSecurity.org, not an independent source). It also says East European aid was small-scale until Atassi's rise in 1966.",
  },
  {
    id: 'event-1967-06-kosygin-hot-line-israeli-advance-damascus',
    start: '1967-06',
    kind: 'diplomatic',
    title: {
      en: "Kosygin presses Johnson over Israel's drive on Damascus",
      ar: 'كوسيغين يضغط على جونسون بشأن الزحف الإسرائيلي نحو دمشق',
      ru: 'Косыгин оказывает давление на Джонсона из-за наступления Израиля на Дамаск',
    },
    summary:
      'In the closing stage of the June war Kosygin told Johnson over the Washington–Moscow hot line that Israel was pressing an offensive toward Damascus, disputed US assurances to the contrary and demanded that Washington stop it; Johnson in turn asked Moscow to make the Syrians hold their fire.',
    people: ['alexei-kosygin'],
    sources: [
      {
        source: 'frus-1964-68-v19-d247-kosygin-to-johnson',
        locator: 'document 247, message text',
      },
      {
        source: 'frus-1964-68-v14-d217-editorial-note-hot-line',
        locator: 'editorial note, paragraph 1 (20 hot-line messages, 5–10 June 1967)',
      },
    ],
    confidence: 'reported',
    note: 'Both documents are from one publisher (Foreign Relations of the United States); the message page read gives times but not the day, so only the month is recorded.',
    related: [
      'event-1967-06-05-six-day-war',
      'event-1967-06-soviet-role-six-day-war',
      'event-1967-06-10-ussr-breaks-relations-with-israel',
    ],
  },
  {
    id: 'event-1967-06-05-six-day-war',
    start: '1967-06-05',
    end: '1967-06-10',
    kind: 'war',
    title: {
      en: 'Six-Day War',
      ar: 'حرب الأيام الستة',
      ru: 'Шестидневная война',
    },
    summary:
      'Israel defeated Egypt, Jordan and Syria and took the Golan Heights; the article calls Soviet support for Syria loud but ineffective.',
    people: ['salah-jadid', 'hafez-al-assad', 'nureddin-al-atassi'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted paragraph on Jadid and the 1967 war',
      },
      {
        source: 'dzieje-tag-wojna-szesciodniowa',
        locator: 'entry on 5 June 1967 (war began 5 June 1967)',
      },
      {
        source: 'tblit-why-ussr-broke-relations-israel',
        locator: 'paragraph 1 (10 June 1967, during the Six-Day War)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1967-06-10-ussr-breaks-relations-with-israel',
    start: '1967-06-10',
    kind: 'diplomatic',
    title: {
      en: 'USSR breaks off diplomatic relations with Israel',
      ar: 'الاتحاد السوفيتي يقطع علاقاته الدبلوماسية مع إسرائيل',
      ru: 'СССР разрывает дипломатические отношения с Израилем',
    },
    summary:
      'During the Six-Day War the USSR severed relations with Israel; they were restored only on 18 October 1991.',
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator:
          "unfootnoted paragraph on Jadid and the 1967 war ('suspended relations with Israel in June of that year, albeit temporarily')",
      },
      {
        source: 'tblit-why-ussr-broke-relations-israel',
        locator: 'paragraph 1',
      },
      {
        source: 'news-pravda-2024-soviet-israeli-relations',
        locator: 'paragraph 1 (break on 10 June 1967)',
      },
      {
        source: 'jta-1991-restoration-soviet-israeli-ties',
        locator: 'paragraphs 1–2 (ties restored after nearly a quarter century)',
      },
    ],
    confidence: 'verified',
    note: "The article's 'suspended ... temporarily' understates a 24-year break; its claim that Tito advised the step was not verified.",
  },
  {
    id: 'event-1968-euphrates-dam-construction-begins',
    start: '1968',
    kind: 'economic',
    title: {
      en: 'Construction of the Euphrates dam begins with Soviet help',
      ar: 'بدء بناء سد الفرات بمساعدة سوفيتية',
      ru: 'Начало строительства Евфратской плотины при советской помощи',
    },
    summary:
      'Soviet experts and technicians began work on the Euphrates (Tabqa) dam, financed under the 1966 Soviet credit; the dam body was built between 1968 and 1973 with up to 900 Soviet technicians alongside some 12,000 Syrian workers.',
    sources: [
      {
        source: 'liquisearch-tabqa-dam-project-history',
        locator: 'paragraph 2 (construction 1968–1973; US$100 million Soviet loan; 900 Soviet technicians)',
      },
      {
        source: 'kassioun-euphrates-dam-anniversary-2017',
        locator: 'paragraph 3 (Soviet experts began work in 1968; cost 150 million roubles)',
      },
    ],
    confidence: 'verified',
    continues: 'event-1966-04-22-euphrates-dam-credit-protocol',
    note: 'Sources value the project differently: Wikipedia gives a total cost of US$340 million of which US$100 million was a Soviet loan; Kassioun says the USSR financed and built it for 150 million roubles.',
  },
  {
    id: 'event-1968-syria-soviet-assisted-oil-fields-begin-exports',
    start: '1968',
    kind: 'economic',
    title: {
      en: "Syria's Soviet-assisted oil fields begin exports",
      ar: 'حقول النفط السورية المطوَّرة بمساعدة سوفيتية تبدأ التصدير',
      ru: 'Сирийские нефтяные месторождения, освоенные при советской помощи, начали экспорт',
    },
    summary:
      "After nationalising its oil industry in 1964, Syria's state oil company brought the Qarah Shuk (Karachuk) and Suwaydiyah fields on stream in the late 1960s with Soviet geophysicists, drillers and other assistance, and became an oil exporter in 1968 when a 663 km pipeline to a terminal at Tartus was completed.",
    sources: [
      {
        source: 'allrefer-loc-syria-energy-natural-resources',
        locator: 'paragraph 2 (fields brought on stream with Soviet assistance; exporter in 1968)',
      },
      {
        source: 'encyclopedia-com-suwaydiya-oil-fields',
        locator: 'paragraph 2 (drilling with Soviet geophysicists and drillers after the 1964 nationalisation)',
      },
      {
        source: 'latimes-1985-major-syria-oil-find',
        locator: 'paragraph 8 (heavy-crude operation set up with the help of the Soviet Union)',
      },
    ],
    confidence: 'verified',
    related: ['visit-1969-07-sy-su-nureddin-al-atassi'],
    note: 'The sources do not say that the Tartus pipeline itself was Soviet-built.',
  },
  {
    id: 'event-1970-syria-lenin-centenary-stamp',
    start: '1970',
    kind: 'other',
    title: {
      en: "Syria issues a stamp for Lenin's birth centenary",
      ar: 'سوريا تصدر طابعاً بريدياً في الذكرى المئوية لميلاد لينين',
      ru: 'Сирия выпускает почтовую марку к 100-летию со дня рождения Ленина',
    },
    summary:
      "According to the article, one of the last acts of Salah Jadid's government before the November 1970 coup was a postage stamp marking the 100th anniversary of Lenin's birth (22 April 1870).",
    people: ['salah-jadid', 'vladimir-lenin'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted paragraph on Jadid and the 1967 war (Lenin stamp)',
      },
      {
        source: 'vietnamnews-2020-lenin-stamp',
        locator: 'final paragraphs (Lenin born 22 April 1870)',
      },
    ],
    confidence: 'reported',
    note: "No catalogue record of the Syrian stamp was found; only Lenin's birth date (hence the 1970 centenary) was checked.",
  },
  {
    id: 'event-1970-09-18-soviet-role-syrian-incursion-jordan',
    start: '1970-09-18',
    end: '1970-09-23',
    kind: 'diplomatic',
    title: {
      en: 'Moscow and the Syrian incursion into Jordan (Black September)',
      ar: 'موسكو والتدخل السوري في الأردن (أيلول الأسود)',
      ru: 'Москва и вторжение сирийских войск в Иорданию («Чёрный сентябрь»)',
    },
    summary:
      'When Syrian armour entered northern Jordan on 18 September 1970, the US asked the USSR to restrain Syria; Moscow warned that any foreign intervention in Jordan was inadmissible and the Syrian tanks withdrew, though US officials judged Soviet influence on Damascus only marginal.',
    people: ['nureddin-al-atassi', 'salah-jadid'],
    sources: [
      {
        source: 'jta-1970-09-23-israel-watch-syrian-thrust-jordan',
        locator: "State Department section (Rogers' request 'last Friday' to the Soviet Union to intervene with Syria)",
      },
      {
        source: 'folha-1970-blindados-sirios-saem-da-jordania',
        locator:
          'paragraphs 1–3 (Soviet warning to the US, Israel, Syria and Iraq; Syrian armour leaves, apparently heeding Moscow)',
      },
      {
        source: 'jta-1970-09-25-specters-us-soviet-collision-fade',
        locator:
          "paragraphs 2–3 (State Department ranks Soviet influence last and 'marginal'; other sources say fear of Israeli action induced Moscow to press Syria to pull out)",
      },
      {
        source: 'friendlywiki-syrian-invasion-of-jordan',
        locator: 'infobox (18–23 September 1970) and lead',
      },
    ],
    confidence: 'verified',
    note: "The sources agree on the US request and the withdrawal, but weigh Moscow's role differently: Folha links the pull-out to the Soviet message; State Department sources (JTA, 25 Sept.) rank Jordanian resistance, fear of Israel and US diplomacy ahead of Soviet influence.",
  },
  {
    id: 'event-1970-11-13-corrective-movement',
    start: '1970-11-13',
    end: '1970-11-16',
    kind: 'coup',
    title: {
      en: "Hafez al-Assad's Corrective Movement coup",
      ar: 'انقلاب الحركة التصحيحية بقيادة حافظ الأسد',
      ru: 'Переворот «Исправительное движение» Хафеза Асада',
    },
    summary:
      'Defence Minister Hafez al-Assad ousted Salah Jadid and Nureddin al-Atassi in a bloodless coup; the new line stressed building up the army with Soviet support.',
    people: ['hafez-al-assad', 'salah-jadid', 'nureddin-al-atassi'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator:
          "unfootnoted paragraph on Jadid and the 1967 war ('Three years later ... toppled by Hafez al-Assad'); fn. 3 (Van Dam, The Struggle for Power in Syria, p. 63): the Jadid–Assad split over Sovietisation",
      },
      {
        source: 'wikipedia-en-1970-syrian-coup-d-etat',
        locator: 'infobox (13–16 November 1970) and lead',
      },
      {
        source: 'urdupoint-2020-hafez-three-decades',
        locator: "'Taking charge' (16 November 1970; elected president 12 March 1971)",
      },
      {
        source: 'van-dam-2011-struggle',
        locator: "p. 63, as cited in the article's fn. 3",
      },
    ],
    confidence: 'verified',
    note: 'Wikipedia dates the coup 13 November (operation 13–16 November); the AFP recap uses 16 November.',
  },
  {
    id: 'event-1971-tartus-naval-logistics-point',
    start: '1971',
    kind: 'basing',
    title: {
      en: 'Soviet naval logistics support point established at Tartus',
      ar: 'إنشاء نقطة الدعم اللوجستي للبحرية السوفيتية في طرطوس',
      ru: 'Создание пункта материально-технического обеспечения ВМФ СССР в Тартусе',
    },
    summary:
      'Under an agreement with President Hafez al-Assad, a logistics support centre for the Soviet Navy was established at the Mediterranean port of Tartus.',
    people: ['hafez-al-assad'],
    sources: [
      {
        source: 'rokkit-russian-syrian-relations-mfa',
        locator: "paragraph 'In 1971, a logistics support center…'",
      },
      {
        source: 'encycloreader-russia-syria-relations',
        locator: 'paragraph 3',
      },
      {
        source: 'zxc-de-marinebasis-tartus',
        locator: 'lead (used by the USSR since a 1971 bilateral agreement)',
      },
      {
        source: 'radio-utopie-russische-kriegsschiffe-mittelmeer',
        locator: 'final paragraph (Soviet Mediterranean squadron based at Tartus, disbanded 31 December 1992)',
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted sentence after fn. 11 on a naval squadron at Latakia; photo caption on Tartus',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'summary',
        value:
          'The Russians were allowed a naval squadron at the port city of Latakia, within the framework of the 1980 Friendship and Cooperation Agreement',
        sources: [
          {
            source: 'inside-arabia-damascus-moscow-2',
            locator: 'unfootnoted sentence after fn. 11',
          },
        ],
        note: "Other sources place the Soviet facility at Tartus and date it to 1971, not to the 1980 treaty; the article's own photo caption calls Tartus Russia's naval facility.",
      },
    ],
  },
  {
    id: 'event-1971-05-27-soviet-egyptian-treaty',
    start: '1971-05-27',
    kind: 'treaty',
    title: {
      en: 'Soviet–Egyptian Treaty of Friendship and Cooperation',
      ar: 'معاهدة الصداقة والتعاون السوفيتية المصرية',
      ru: 'Советско-египетский договор о дружбе и сотрудничестве',
    },
    summary:
      'Egypt signed a treaty of friendship with the USSR, the model Moscow then pressed on Assad, who declined until 1980.',
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "paragraph ending in fn. 6 ('Egypt agreed to sign a treaty with the Soviet Union that May')",
      },
      {
        source: 'ufdc-soviet-egyptian-treaty-1971',
        locator: 'paragraph 1 (signed in Cairo on 27 May 1971)',
      },
      {
        source: 'frus-1969-76-ve04-d305',
        locator: 'paragraph 1 (Soviet-Egyptian Treaty of May 1971)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1972-syrian-communists-join-national-progressive-front',
    start: '1972',
    kind: 'other',
    title: {
      en: 'Syrian communists join the Baath-led national front',
      ar: 'الشيوعيون السوريون ينضمون إلى الجبهة الوطنية بقيادة حزب البعث',
      ru: 'Сирийские коммунисты вошли в национальный фронт во главе с партией Баас',
    },
    summary:
      "Khalid Bakdash's Soviet-oriented Syrian Communist Party accepted Baath leadership and joined Assad's new National Progressive Front, gaining legal status as the party of Moscow's line inside the ruling coalition.",
    people: ['hafez-al-assad'],
    sources: [
      {
        source: 'liquisearch-syrian-communist-party-npf-1972',
        locator: "section 'Legal Operation in the National Progressive Front from 1972', paragraphs 1–2",
      },
      {
        source: 'encyclopaedia-philatelica-syria-npf',
        locator: 'catalogue note 561',
      },
    ],
    confidence: 'verified',
    related: ['event-1966-syrian-communists-enter-government'],
  },
  {
    id: 'event-1972-04-09-soviet-iraqi-treaty',
    start: '1972-04-09',
    kind: 'treaty',
    title: {
      en: 'Soviet–Iraqi Treaty of Friendship and Cooperation',
      ar: 'معاهدة الصداقة والتعاون السوفيتية العراقية',
      ru: 'Советско-иракский договор о дружбе и сотрудничестве',
    },
    summary:
      'Iraq followed Egypt in signing a fifteen-year friendship treaty with the USSR (signed in Baghdad by Kosygin).',
    people: ['alexei-kosygin'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "paragraph ending in fn. 6 ('was followed by Iraq in 1972')",
      },
      {
        source: 'frus-1969-76-ve04-d305',
        locator: 'paragraph 1 (signed 9 April in Baghdad)',
      },
      {
        source: 'wsws-ru-2022-soviet-iraqi-treaty',
        locator: 'paragraphs 1–2 (9 April 1972, Kosygin and al-Bakr)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1972-05-13-soviet-syrian-military-cooperation-accord',
    start: '1972-05-13',
    kind: 'agreement',
    title: {
      en: 'Tlass and Grechko sign a military cooperation accord',
      ar: 'طلاس وغريتشكو يوقعان اتفاقاً للتعاون العسكري',
      ru: 'Тлас и Гречко подписали соглашение о военном сотрудничестве',
    },
    summary:
      "During Soviet Defence Minister Marshal Grechko's visit to Syria, Syrian Defence Minister Mustafa Tlass and his Soviet counterpart signed an important Soviet–Syrian accord on military cooperation.",
    people: ['mustafa-tlass', 'andrei-grechko'],
    sources: [
      {
        source: 'encyclopedia-com-tlas-mustafa',
        locator:
          "paragraph 2 ('On 13 May 1972, with his Soviet counterpart, he signed an important accord for military cooperation')",
      },
      {
        source: 'syrmh-grechko-visit-1972',
        locator: 'whole article (Grechko in Syria in May 1972, talks with Tlass; reception on Friday 12 May)',
      },
    ],
    confidence: 'reported',
    related: ['visit-1972-05-su-sy-andrei-grechko', 'arms-1972-07-su-sy-agreed'],
    note: "Only the encyclopedia entry gives the signing and its date; the Syrian history site confirms Grechko's presence and talks with Tlass on the eve. Whether this accord is the same as the arms package the seed article dates to July 1972 is not known.",
  },
  {
    id: 'event-1972-07-18-sadat-expels-soviet-advisers',
    start: '1972-07-18',
    kind: 'diplomatic',
    title: {
      en: 'Sadat expels Soviet military advisers from Egypt',
      ar: 'السادات يطرد المستشارين العسكريين السوفييت من مصر',
      ru: 'Садат высылает советских военных советников из Египта',
    },
    summary:
      "Sadat publicly announced the departure of the Soviet military advisers and specialists, usually put at about 15,000–20,000 (NYT: 5,000 advisers plus some 11,000 specialists; Time: some 17,000; JTA and others: about 20,000), which made Syria Moscow's key Arab partner.",
    sources: [
      {
        source: 'russiapedia-on-this-day-july-18',
        locator: '18 July entry (announcement on 18 July 1972; 20,000 advisers)',
      },
      {
        source: 'nytimes-1972-why-sadat-packed-off-the-russians',
        locator: 'paragraph 4 (5,000 advisers flown home; 11,000 specialists)',
      },
      {
        source: 'time-1973-are-the-russians-the-real-winners',
        locator: 'paragraph 3 (some 17,000 technicians and advisers expelled in July 1972)',
      },
      {
        source: 'jta-1972-report-egypt-ousting-soviet-advisors',
        locator: 'paragraphs 1–2 (about 20,000 experts and advisers)',
      },
      {
        source: 'issuhub-ginor-remez-soviet-israeli-war-p300',
        locator: 'section C (public announcement on the 18th)',
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraph on the 1973 war ('expelled over 7,000 Soviet advisers')",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'summary',
        value: 'Sadat expelled over 7,000 Soviet advisers',
        sources: [
          {
            source: 'inside-arabia-damascus-moscow-2',
            locator: 'unfootnoted paragraph on the 1973 war',
          },
        ],
        note: "Contemporary and later sources give roughly 15,000–20,000 (or 5,000 advisers plus 11,000 specialists); 'over 7,000' is well below all of them. The article does not date the expulsion.",
      },
    ],
  },
  {
    id: 'event-1973-10-soviet-airlift-sealift',
    start: '1973-10',
    kind: 'intervention',
    title: {
      en: 'Soviet air- and sealift to Syria and Egypt in the October War',
      ar: 'الجسر الجوي والبحري السوفيتي إلى سوريا ومصر في حرب تشرين',
      ru: 'Советский воздушный и морской мост в Сирию и Египет в Октябрьской войне',
    },
    summary:
      'During the October 1973 war the USSR, joined by Warsaw Pact allies, ran large air and sea shipments of military aid to Egypt and Syria, beginning three days after the war broke out.',
    sources: [
      {
        source: 'hamichlol-soviet-airlift-yom-kippur',
        locator: 'lead paragraph',
      },
      {
        source: 'vesper-misja-w-syrii',
        locator: "paragraph beginning '6 października 1973 roku'",
      },
    ],
    confidence: 'verified',
    note: "Vesper adds that Poland was tasked with preparing twelve MiG-21s for transfer (supplier PL, outside this dataset's scope). No tonnage figures for Syria were found.",
  },
  {
    id: 'event-1973-10-soviet-cultural-centre-damascus-destroyed',
    start: '1973-10',
    kind: 'war',
    title: {
      en: 'Israeli raid destroys Soviet cultural centre in Damascus',
      ar: 'غارة إسرائيلية تدمر المركز الثقافي السوفيتي في دمشق',
      ru: 'Израильский авианалёт разрушил Советский культурный центр в Дамаске',
    },
    summary:
      "During the October 1973 war Israeli aircraft bombed and destroyed the Soviet cultural centre in Damascus's Abu Rummaneh district.",
    sources: [
      {
        source: 'esyria-2011-russian-cultural-centre-damascus',
        locator: "paragraph 3 (director's account)",
      },
      {
        source: 'alkhabar-2019-russian-ambassador-cultural-centre-reopening',
        locator: 'last paragraph',
      },
    ],
    confidence: 'reported',
    note: 'The two pages share one text; the day of the raid and any casualties are not given in them.',
    related: ['event-1973-10-06-october-war', 'event-1966-soviet-cultural-centre-damascus-founded'],
  },
  {
    id: 'event-1973-10-06-october-war',
    start: '1973-10-06',
    end: '1973-10-25',
    kind: 'war',
    title: {
      en: 'October 1973 War',
      ar: 'حرب تشرين 1973',
      ru: 'Октябрьская война 1973 года',
    },
    short: {
      en: 'October 1973 War',
      ar: 'حرب تشرين 1973',
      ru: 'Война 1973 года',
    },
    summary:
      'Syria and Egypt attacked Israel on 6 October 1973 with Soviet-supplied arms; Syria had received most of its roughly 300 combat aircraft during 1973.',
    people: ['hafez-al-assad'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraph on the 1973 war ('Earlier in October 1973, Assad had gone to war')",
      },
      {
        source: 'agenziacalendario-1972-07-18-soviet-advisers-expelled',
        locator: 'paragraph 2 (Yom Kippur War 6–25 October 1973)',
      },
      {
        source: 'urdupoint-2020-hafez-three-decades',
        locator: "'War with Israel' (6 October 1973)",
      },
      {
        source: 'time-1973-are-the-russians-the-real-winners',
        locator: 'paragraphs 2–3',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1973-10-12-soviet-freighter-ilya-mechnikov-hit-tartus',
    start: '1973-10-12',
    kind: 'war',
    title: {
      en: 'Soviet freighter Ilya Mechnikov hit in Tartus port',
      ru: 'Советский турбоход «Илья Мечников» поражён в порту Тартус',
      ar: 'إصابة سفينة الشحن السوفيتية «إيليا ميتشنيكوف» في ميناء طرطوس',
    },
    summary:
      'During the October war the Soviet freighter Ilya Mechnikov, in Tartus with steel, rails and pipes for the Soviet-built Euphrates dam, was hit in the port on the night of 12 October 1973, an episode Soviet accounts call a crime.',
    sources: [
      {
        source: 'photoship-crime-in-port-tartus-ilya-mechnikov',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'reported',
    note: 'Known from one Russian shipping-history page; the attacker and the damage are not stated in the passage read.',
    related: ['event-1973-10-06-october-war'],
  },
  {
    id: 'event-1973-12-21-geneva-conference-without-syria',
    start: '1973-12-21',
    kind: 'summit',
    title: {
      en: 'Geneva peace conference opens under US–Soviet chairs',
      ar: 'افتتاح مؤتمر جنيف للسلام برئاسة أمريكية سوفيتية مشتركة',
      ru: 'Открылась Женевская мирная конференция под сопредседательством США и СССР',
    },
    summary:
      'The Middle East peace conference opened in Geneva with the USSR and the US as co-chairs and Gromyko and Kissinger present, but Syria refused to attend despite Soviet representations, leaving its seat empty.',
    people: ['andrei-gromyko', 'hafez-al-assad'],
    sources: [
      {
        source: 'wikipedia-geneva-conference-1973',
        locator: 'lead, paragraph 1',
      },
      {
        source: 'palestinefacts-geneva-peace-conference-1973',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'jta-1973-12-19-talks-go-on-syria-not-attend',
        locator: 'headline and paragraph 1',
      },
      {
        source: 'frus-1969-76-v25-d407-scowcroft-geneva-letter',
        locator: 'paragraphs 1–2 (Dobrynin on Soviet representations to Syria at the highest level)',
      },
    ],
    confidence: 'verified',
    related: ['event-1973-10-06-october-war'],
  },
  {
    id: 'event-1974-soviet-military-advisers-3000',
    start: '1974',
    kind: 'other',
    title: {
      en: 'About 3,000 Soviet military advisers sent to Syria',
      ar: 'إرسال نحو 3,000 مستشار عسكري سوفيتي إلى سوريا',
      ru: 'В Сирию направлены около 3000 советских военных советников',
    },
    summary:
      'By the end of 1974, with massive post-war deliveries under way, some 3,000 Soviet military advisers had been sent to Syria and Syrian MiG-23 pilots had begun training in the USSR.',
    sources: [
      {
        source: 'andrew-mitrokhin-world-going-our-way-p38',
        locator: 'paragraph on 1974 deliveries (3,000 advisers by the end of the year)',
      },
    ],
    confidence: 'reported',
    related: ['arms-1974-su-sy-delivered', 'visit-1974-su-sy-viktor-kulikov', 'event-1985-soviet-advisers-withdrawn'],
  },
  {
    id: 'event-1974-05-31-syrian-israeli-disengagement-geneva',
    start: '1974-05-31',
    kind: 'agreement',
    title: {
      en: 'Syrian–Israeli disengagement signed at Geneva',
      ar: 'توقيع اتفاق فصل القوات السوري الإسرائيلي في جنيف',
      ru: 'В Женеве подписано сирийско-израильское соглашение о разъединении войск',
    },
    summary:
      'The Syrian–Israeli agreement on the disengagement of forces on the Golan Heights was signed on 31 May 1974 at a reconvened session of the Geneva conference co-sponsored by the USSR and the US.',
    sources: [
      {
        source: 'encyclopedia-com-geneva-peace-conference',
        locator: 'entry text, sentence 3',
      },
      {
        source: 'wikipedia-geneva-conference-1973',
        locator: 'lead, paragraph 2',
      },
    ],
    confidence: 'verified',
    related: ['visit-1974-05-27-su-sy-andrei-gromyko', 'event-1973-12-21-geneva-conference-without-syria'],
  },
  {
    id: 'event-1974-06-16-us-syria-relations-restored',
    start: '1974-06-16',
    kind: 'diplomatic',
    title: {
      en: 'Syria restores diplomatic relations with the United States',
      ar: 'سوريا تعيد علاقاتها الدبلوماسية مع الولايات المتحدة',
      ru: 'Сирия восстанавливает дипломатические отношения с США',
    },
    summary:
      "During Nixon's visit to Damascus (15–16 June 1974) Syria and the US restored relations broken in 1967, to Moscow's displeasure according to the article.",
    people: ['hafez-al-assad', 'abdul-halim-khaddam'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraph on the 1973 war ('restored diplomatic relations with the US in June 1974')",
      },
      {
        source: 'presidency-ucsb-nixon-1974-us-syria-relations',
        locator: 'remarks dated 16 June 1974',
      },
      {
        source: 'khaddam-net-nixon-leaves-syria-1974',
        locator: 'paragraphs 1–2',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1974-12-brezhnev-middle-east-tour-postponed',
    start: '1974-12',
    kind: 'diplomatic',
    title: {
      en: "Brezhnev's planned visit to Egypt, Syria and Iraq postponed",
      ar: 'تأجيل زيارة بريجنيف المقررة إلى مصر وسوريا والعراق',
      ru: 'Запланированный визит Брежнева в Египет, Сирию и Ирак отложен',
    },
    summary:
      "Tass and the Egyptian news agency announced that Brezhnev's state visits to Cairo, Damascus and Baghdad, set for mid-January 1975, were postponed by mutual agreement with no new date fixed.",
    people: ['leonid-brezhnev'],
    sources: [
      {
        source: 'jta-1974-12-31-brezhnev-postponement-mideast-visit',
        locator: 'paragraphs 1 and 4',
      },
      {
        source: 'time-1975-01-13-diplomatic-illness-raises-hopes',
        locator: 'paragraph 1',
      },
      {
        source: 'khaddam-net-gromyko-arrives-1975',
        locator: 'paragraph 3',
      },
    ],
    confidence: 'verified',
    note: "Brezhnev's health was the reason given; observers saw Soviet–Egyptian differences over the Geneva conference behind the postponement.",
    related: ['visit-1975-02-01-su-sy-andrei-gromyko'],
  },
  {
    id: 'event-1975-03-19-kgb-uses-bakdash-wing',
    start: '1975-03-19',
    kind: 'other',
    title: {
      en: "KGB uses Bakdash's communists to recruit illegals",
      ar: 'الكي جي بي يستعين بشيوعيي بكداش لتجنيد عملاء غير شرعيين',
      ru: 'КГБ использует коммунистов Багдаша для вербовки нелегалов',
    },
    summary:
      "Without Assad's knowledge the KGB was using the Bakdash wing of the Syrian Communist Party to recruit illegals; on 19 March 1975 Khalid Bakdash and a close associate met a senior officer of the KGB's illegals directorate in Moscow and reached an agreement with him.",
    sources: [
      {
        source: 'andrew-mitrokhin-world-going-our-way-p38',
        locator: 'paragraph on 1975 (meeting with P. D. Sheyin of Directorate S, 19 March 1975)',
      },
    ],
    confidence: 'reported',
    note: 'From the Mitrokhin archive as summarised by Andrew; the passage read breaks off before saying exactly what was agreed.',
    related: [
      'event-1972-syrian-communists-join-national-progressive-front',
      'visit-1975-06-sy-su-baath-party-delegation',
    ],
  },
  {
    id: 'event-1975-09-sinai-interim-agreement',
    start: '1975-09',
    kind: 'agreement',
    title: {
      en: 'Egyptian–Israeli Sinai Interim Agreement',
      ar: 'اتفاقية سيناء المرحلية بين مصر وإسرائيل',
      ru: 'Промежуточное египетско-израильское соглашение по Синаю',
    },
    summary:
      "The September 1975 Sinai agreement, opposed by Syria and the USSR, pushed Damascus back toward Moscow; Kosygin praised Syria's opposition to it in Damascus in June 1976.",
    sources: [
      {
        source: 'digibron-rd-1976-06-02-kosygin',
        locator: "paragraph 3 (Syrian opposition 'last year September' to the Sinai agreement)",
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraph on Assad's visits of October 1974 and October 1975",
      },
    ],
    confidence: 'reported',
    note: 'The article gives no date for the agreement; it links both the October 1974 and October 1975 visits to it, but only the 1975 visit could have been about an agreement signed in September 1975.',
  },
  {
    id: 'event-1975-10-18-new-soviet-cultural-centre-damascus',
    start: '1975-10-18',
    kind: 'other',
    title: {
      en: 'New Soviet cultural centre opens in Damascus',
      ar: 'افتتاح مركز ثقافي سوفيتي جديد في دمشق',
      ru: 'В Дамаске открылся новый Советский культурный центр',
    },
    summary:
      'The Soviet cultural centre moved into a new purpose-built building on 29 Ayyar Street, with crenellations modelled on the Kremlin walls, replacing the premises destroyed in 1973.',
    sources: [
      {
        source: 'esyria-2011-russian-cultural-centre-damascus',
        locator: 'paragraph 3 (move on 18 October 1975)',
      },
      {
        source: 'tvzvezda-2021-russian-house-damascus-repair',
        locator: 'paragraphs 1 and 3 (building in use since 1975, Kremlin-style crenellations)',
      },
    ],
    confidence: 'verified',
    related: ['event-1973-10-soviet-cultural-centre-damascus-destroyed'],
    note: 'Both sources give 1975; the day comes from eSyria alone.',
  },
  {
    id: 'event-1976-06-01-syrian-intervention-in-lebanon',
    start: '1976-06-01',
    kind: 'intervention',
    title: {
      en: 'Syrian military intervention in Lebanon and Soviet disapproval',
      ar: 'التدخل العسكري السوري في لبنان والاستياء السوفيتي',
      ru: 'Военное вмешательство Сирии в Ливане и недовольство СССР',
    },
    summary:
      'Syrian troops and tanks moved into Lebanon in strength on 31 May–1 June 1976 while Soviet Premier Kosygin was arriving in Damascus; Moscow disapproved, temporarily suspended arms deliveries and cut its military specialists, a low point in relations.',
    people: ['hafez-al-assad', 'alexei-kosygin'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "fn. 7 (Ma'oz, Syria under Assad, p. 227)",
      },
      {
        source: 'maoz-1986-syria-under-assad',
        locator: "p. 227, as cited in the article's fn. 7",
      },
      {
        source: 'digibron-rd-1976-06-02-kosygin',
        locator: 'final paragraph (on Tuesday Syrian troops and tanks entered Lebanon for the second time in 24 hours)',
      },
      {
        source: 'taylorfrancis-syrian-invasion-lebanon-june-1976',
        locator: 'abstract (invasion in June 1976; dispute with the Soviet Union followed)',
      },
      {
        source: 'studfiles-okorokov-secret-wars-p32',
        locator: 'paragraph after note 117 (USSR disapproved and temporarily suspended arms deliveries in 1976)',
      },
      {
        source: 'cia-pdb-1976-06-03',
        locator: 'table of contents (Kosygin in an awkward position because of the increased Syrian intervention)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1976-05',
        sources: [
          {
            source: 'inside-arabia-damascus-moscow-2',
            locator: "fn. 7 (Ma'oz, Syria under Assad, p. 227)",
          },
        ],
        note: "The article dates the Soviet criticism and the entry to May 1976; the large-scale entry was on 31 May–1 June 1976 and the Soviet displeasure followed in June–July. The article's claim that Moscow blamed Kissinger's encouragement was not checked.",
      },
    ],
  },
  {
    id: 'event-1977-baath-dam-agreement',
    start: '1977',
    kind: 'economic',
    title: {
      en: 'Syria and the USSR agree to build the Baath dam',
      ar: 'اتفاقية سورية سوفيتية لإنشاء سد البعث',
      ru: 'Сирия и СССР договорились о строительстве плотины «Баас»',
    },
    summary:
      'A 1977 agreement between Syria and the Soviet Union provided for building the Baath dam and hydroelectric station on the Euphrates between al-Thawra and Raqqa, downstream of the Euphrates dam.',
    sources: [
      {
        source: 'alwatan-russia-restores-baath-hydro-2019',
        locator: 'paragraphs 3–4 (built under a 1977 Syrian–Soviet agreement; finished December 1988)',
      },
      {
        source: 'enabbaladi-russia-restores-baath-hydro-2019',
        locator: 'paragraphs 4–5',
      },
    ],
    confidence: 'reported',
    related: ['event-1978-03-euphrates-dam-complex-completed'],
    note: 'The two Syrian pages use identical wording for this background, so they are treated as one source; other accounts give different construction dates, so only the agreement year is recorded.',
  },
  {
    id: 'event-1977-tartus-port-use-agreement',
    start: '1977',
    kind: 'basing',
    title: {
      en: "Second Soviet–Syrian agreement on warships' use of Tartus",
      ar: 'اتفاقية سوفيتية سورية ثانية بشأن استخدام السفن الحربية لميناء طرطوس',
      ru: 'Второе советско-сирийское соглашение об использовании Тартуса военными кораблями',
    },
    summary:
      'After the first agreement of 1971, the USSR concluded a further agreement with Syria in 1977 on the use of Tartus port by Soviet warships, still without Soviet-owned installations there; Russian reporting in 2016 dated the working of the supply point from 1977.',
    sources: [
      {
        source: 'checheninfo-ria-tartus-expansion-signed-2017',
        locator: 'background paragraph on the 720th PMTO (agreements of 1971 and 1977)',
      },
      {
        source: 'noticiabrasil-base-naval-siria-2016',
        locator: 'paragraph 2 (supply post exists since 1977, agreement signed 1971)',
      },
    ],
    confidence: 'reported',
    continues: 'event-1971-tartus-naval-logistics-point',
    note: 'Both pages belong to the RIA Novosti/Sputnik group and count as one source. The terms of the 1977 agreement are not given.',
  },
  {
    id: 'event-1978-soviet-bloc-military-personnel-in-syria-2580',
    start: '1978',
    kind: 'other',
    title: {
      en: 'US counts 2,580 Soviet-bloc military personnel in Syria',
      ar: 'الولايات المتحدة تحصي 2,580 عسكرياً من الكتلة السوفيتية في سوريا',
      ru: 'США насчитали в Сирии 2580 военнослужащих советского блока',
    },
    summary:
      "US Defense Secretary Harold Brown's report to Congress put Soviet and East European military personnel in Syria in 1978 at 2,580, more than in the rest of the Middle East and South Asia outside Afghanistan combined.",
    sources: [
      {
        source: 'jta-soviet-forces-in-syria-top-total',
        locator: 'paragraphs 1-2',
      },
    ],
    confidence: 'reported',
    related: ['event-1985-soviet-advisers-withdrawn'],
  },
  {
    id: 'event-1978-03-euphrates-dam-complex-completed',
    start: '1978-03',
    kind: 'economic',
    title: {
      en: 'Soviet-built Euphrates dam and power station completed',
      ar: 'إنجاز سد الفرات ومحطته الكهرمائية',
      ru: 'Завершено строительство Евфратской плотины и ГЭС, сооружённых СССР',
    },
    summary:
      "The last of the eight turbines of the Euphrates dam's power station, whose first units had entered service in July 1973, was commissioned, completing the Soviet-assisted hydro-complex with a celebration at al-Thawra (Tabqa).",
    sources: [
      {
        source: 'wikipedia-euphrates-dam',
        locator: "infobox ('Plant Commission: July 1973–8 March 1978')",
      },
      {
        source: 'kassioun-euphrates-dam-anniversary-2017',
        locator: 'paragraphs 1 and 3 (last generating unit and main works finished 20 March 1978)',
      },
      {
        source: 'shahba-russian-builders-euphrates-station-30-years-2008',
        locator:
          "paragraphs 1–3 (Soviet builders mark the 30th anniversary of the station's commissioning in March 2008; over 3,000 Soviet specialists and families in some years)",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1978-03-20',
        sources: [
          {
            source: 'kassioun-euphrates-dam-anniversary-2017',
            locator: 'paragraph 3',
          },
        ],
        note: "Wikipedia's infobox ends commissioning on 8 March 1978; Kassioun dates completion and the celebration to 20 March 1978. Both agree on March 1978, the precision recorded.",
      },
    ],
    related: ['event-1968-euphrates-dam-construction-begins'],
    continues: 'event-1966-04-22-euphrates-dam-credit-protocol',
  },
  {
    id: 'event-1978-09-17-camp-david-accords',
    start: '1978-09-17',
    kind: 'agreement',
    title: {
      en: 'Camp David Accords',
      ar: 'اتفاقيات كامب ديفيد',
      ru: 'Кэмп-Дэвидские соглашения',
    },
    summary: 'Egypt and Israel signed the Camp David framework, which drove Syria closer to the USSR.',
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted paragraph on Camp David and the 1980 treaty',
      },
      {
        source: 'millercenter-carter-signing-camp-david',
        locator: 'caption (17 September 1978)',
      },
      {
        source: 'israeled-camp-david-accords-signed',
        locator: 'entry for 17 September 1978',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1980-01-soviet-advisers-killed-in-syria',
    start: '1980-01',
    kind: 'other',
    title: {
      en: 'Wave of killings of Soviet advisers in Syria',
      ar: 'موجة اغتيالات تطال المستشارين السوفييت في سوريا',
      ru: 'Волна убийств советских советников в Сирии',
    },
    summary:
      "Arab sources in Damascus reported that twelve Soviet advisers had been assassinated in Syria since the start of 1980, seven of them in an ambush on an advisers' bus, amid bomb attacks on Soviet installations blamed on Islamist opponents of the government; Western diplomats put the Soviet military mission at 1,500 to 1,700.",
    sources: [
      {
        source: 'csmonitor-1980-01-31-opposition-russian-advisers-syria',
        locator: 'paragraphs 1-5',
      },
    ],
    confidence: 'reported',
    note: 'The report says attacks on Soviet personnel had recurred since at least 1976.',
  },
  {
    id: 'event-1980-10-08-treaty-friendship',
    start: '1980-10-08',
    kind: 'treaty',
    title: {
      en: 'Treaty of Friendship and Cooperation',
      ar: 'معاهدة الصداقة والتعاون',
      ru: 'Договор о дружбе и сотрудничестве',
    },
    short: {
      en: 'Friendship treaty',
      ar: 'معاهدة الصداقة',
      ru: 'Договор о дружбе',
    },
    summary:
      'Assad and Brezhnev signed a twenty-year Soviet–Syrian Treaty of Friendship and Cooperation in Moscow, providing for consultations and military cooperation.',
    people: ['hafez-al-assad', 'leonid-brezhnev', 'andrei-gromyko', 'nikolai-tikhonov'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraph on Camp David and the 1980 treaty ('October 8, 1980')",
      },
      {
        source: 'upi-1980-soviet-syria-treaty',
        locator: 'paragraphs 1–3 (signed Wednesday, the day Assad arrived)',
      },
      {
        source: 'globalsecurity-syria-ussr-relations',
        locator: 'paragraph 2 (signed in Moscow, October 1980; twenty years)',
      },
    ],
    confidence: 'verified',
    note: "The article's claim that the treaty was later used to justify the 2015 intervention was not verified.",
  },
  {
    id: 'event-1981-07-soviet-syrian-naval-landing-exercise',
    start: '1981-07',
    kind: 'other',
    title: {
      en: 'Soviet–Syrian naval landing exercise off the Syrian coast',
      ar: 'مناورات إنزال بحري سوفيتية سورية قبالة الساحل السوري',
      ru: 'Советско-сирийские морские десантные учения у побережья Сирии',
    },
    summary:
      'Amid the Syrian–Israeli missile crisis over Lebanon that began in April 1981, Soviet and Syrian forces held joint naval manoeuvres with landing exercises off Syria, which Western analysts called the first of their size since the 1980 treaty and read as a signal to Israel and Washington.',
    sources: [
      {
        source: 'csmonitor-1981-07-06-soviets-syrians-naval-games',
        locator: 'whole brief (paragraphs 1–2)',
      },
      {
        source: 'csmonitor-1981-07-08-soviet-syrian-maneuvers-raise-ante',
        locator: 'paragraphs 1–6',
      },
    ],
    confidence: 'reported',
    related: ['event-1980-10-08-treaty-friendship'],
    note: 'Both reports are from one publisher; at the time the exercises were not officially confirmed in Moscow or Damascus.',
  },
  {
    id: 'event-1981-12-14-golan-heights-law',
    start: '1981-12-14',
    kind: 'other',
    title: {
      en: "Israel's Golan Heights Law",
      ar: 'قانون مرتفعات الجولان الإسرائيلي',
      ru: 'Израильский закон о Голанских высотах',
    },
    summary:
      'The Knesset applied Israeli law to the occupied Golan Heights, widely seen as annexation; Syria sought more Soviet military aid in response.',
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator:
          "unfootnoted paragraph on 1981–82 arms requests ('Israeli annexation of the Golan Heights in December 1981')",
      },
      {
        source: 'wikipedia-en-golan-heights-law',
        locator: 'lead (ratified 14 December 1981)',
      },
      {
        source: 'lni-golan-heights-laws',
        locator: 'header (December 14, 1981)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1982-06-lebanon-war-bekaa',
    start: '1982-06',
    kind: 'war',
    title: {
      en: 'Lebanon war: Syrian air-defence and air losses in the Bekaa and Soviet resupply',
      ar: 'حرب لبنان: خسائر الدفاع الجوي والطيران السوري في البقاع وإعادة التسليح السوفيتية',
      ru: 'Ливанская война: потери сирийской ПВО и авиации в долине Бекаа и советские поставки',
    },
    summary:
      'In the June 1982 Lebanon war Israel claimed to destroy all 19 Syrian SAM batteries in the Bekaa and shot down scores of Soviet-built MiGs; Moscow began an airlift and then replaced the losses with more advanced arms.',
    sources: [
      {
        source: 'csmonitor-1982-soviets-resupplying-mauled-syrian-forces',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'cog-ff-pastor-generals-report-1984-newsview',
        locator: "NEWSVIEW quotation ('more than 80 Syrian MIG fighters', '19 SAM-6 missile batteries')",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1982-06-25-brezhnev-message-to-assad',
    start: '1982-06-25',
    kind: 'diplomatic',
    title: {
      en: "Brezhnev's message to Assad during the Lebanon war",
      ar: 'رسالة بريجنيف إلى الأسد خلال حرب لبنان',
      ru: 'Послание Брежнева Асаду во время Ливанской войны',
    },
    summary:
      "Answering a message from Assad during the Israeli invasion of Lebanon, Brezhnev assured him of Soviet support 'with words and deeds' and said equipment and ammunition were being shipped to Syria non-stop by air and sea.",
    people: ['leonid-brezhnev', 'hafez-al-assad'],
    sources: [
      {
        source: 'wilson-1982-06-25-brezhnev-message-assad',
        locator: 'paragraphs 1–4 of the message',
      },
    ],
    confidence: 'reported',
    related: ['event-1982-06-lebanon-war-bekaa', 'arms-1982-06-su-sy-delivered-airlift'],
  },
  {
    id: 'event-1982-11-10-death-of-brezhnev',
    start: '1982-11-10',
    kind: 'death',
    title: {
      en: 'Death of Leonid Brezhnev',
      ar: 'وفاة ليونيد بريجنيف',
      ru: 'Смерть Леонида Брежнева',
    },
    summary:
      'Brezhnev died on 10 November 1982 (announced 11 November) and was buried on 15 November; Andropov succeeded him and, per the article, took a more active line on Syria.',
    people: ['leonid-brezhnev', 'yuri-andropov'],
    sources: [
      {
        source: 'wikipedia-en-death-funeral-brezhnev',
        locator: 'lead (died 10 November; announced 11 November; funeral 15 November 1982)',
      },
      {
        source: 'realclearhistory-brezhnev-funeral-procession',
        locator: 'caption (died Nov. 10; funeral Nov. 15, 1982)',
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'fn. 10 (Seale, Asad, p. 398)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1982-11-11',
        sources: [
          {
            source: 'inside-arabia-damascus-moscow-2',
            locator: "paragraph ending in fn. 10 ('Brezhnev died on November 11, 1982')",
          },
        ],
        note: '11 November is the day the death was announced on Soviet radio and television; he died on 10 November.',
      },
    ],
  },
  {
    id: 'event-1983-1985-syrian-armed-forces-expansion',
    start: '1983',
    end: '1985',
    kind: 'other',
    title: {
      en: 'Soviet-backed expansion of the Syrian armed forces in the 1980s',
      ar: 'توسع القوات المسلحة السورية بدعم سوفيتي في الثمانينيات',
      ru: 'Расширение сирийских вооружённых сил при советской поддержке в 1980-е годы',
    },
    summary:
      "After 1982 the Syrian forces grew with Soviet supplies: in 1985 army regulars were estimated at 396,000 (plus 300,000 reserves) with over 4,100 Soviet-built tanks; the article, without a date, says the army grew 'from 3,200 to 4,400' and the aircraft fleet from 440 to 650.",
    sources: [
      {
        source: 'country-data-syria-army-1987',
        locator:
          'paragraphs 1–2 (1985 army regulars 396,000; 300,000 reserves; over 4,100 Soviet-built tanks; about 95 SAM batteries)',
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted sentence after fn. 11 on the growth of the army and aircraft fleet',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'summary',
        value: "Syria's army grew from 3,200 to 4,400 and its aircraft fleet from 440 to 650",
        sources: [
          {
            source: 'inside-arabia-damascus-moscow-2',
            locator: 'unfootnoted sentence after fn. 11 on the growth of the army and aircraft fleet',
          },
        ],
        note: "3,200–4,400 cannot be the size of an army that the Library of Congress study puts at about 396,000 regulars in 1985; the numbers may refer to tanks (4,100+ Soviet-built tanks in 1987) or have lost a 'thousand'. No independent 1980s aircraft count was found (Time gives about 300 combat aircraft in 1973; AFP/IISS about 611 in 2005).",
      },
    ],
    note: "The article gives no year; 1983–1985 is the period the surrounding paragraph (Andropov's SA-5 decision and its aftermath) refers to.",
  },
  {
    id: 'event-1983-02-nuclear-cooperation-agreement',
    start: '1983-02',
    kind: 'agreement',
    title: {
      en: 'Soviet–Syrian agreement on peaceful nuclear cooperation',
      ar: 'اتفاق سوفيتي سوري للتعاون في الاستخدامات السلمية للطاقة النووية',
      ru: 'Советско-сирийское соглашение о сотрудничестве в мирном использовании атомной энергии',
    },
    summary:
      'Syrian–Soviet nuclear cooperation was limited to a February 1983 agreement for cooperation and exchange for peaceful purposes.',
    sources: [
      {
        source: 'globalsecurity-syria-ussr-relations',
        locator: 'paragraph 3',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-1983-03-tass-warns-israel-syria-not-alone',
    start: '1983-03',
    kind: 'diplomatic',
    title: {
      en: "Tass warns Israel that Syria is 'not alone'",
      ar: 'وكالة تاس تحذر إسرائيل: سوريا «ليست وحدها»',
      ru: 'ТАСС предупредил Израиль: Сирия «не одинока»',
    },
    summary:
      "A Tass statement accused Israel, with US backing, of preparing a 'piratic strike' against Syria and assured Damascus that it was not alone and had the socialist countries and the Arabs on its side, without promising Soviet action; Begin replied that Israel had no intention of attacking Syria.",
    sources: [
      {
        source: 'jta-1983-04-01-begin-no-intention-attack-syria',
        locator: 'paragraphs 1–3 and 5',
      },
    ],
    confidence: 'reported',
    note: "The report of 1 April 1983 dates the Tass statement to 'yesterday'; only the month is recorded.",
    related: ['arms-1983-01-su-sy-delivered-sa-5'],
  },
  {
    id: 'event-1984-tartus-720th-supply-point',
    start: '1984',
    kind: 'basing',
    title: {
      en: 'Soviet 720th naval supply point set up at Tartus',
      ru: 'В Тартусе развёрнут 720-й пункт материально-технического обеспечения ВМФ',
      ar: 'إنشاء نقطة الإمداد البحري السوفيتية رقم 720 في طرطوس',
    },
    summary:
      'Under a Politburo decision of 12 May 1983 the USSR set up the 720th material-technical supply point at Tartus on 2.3 ha granted by Syria, with a floating pier, stores, workshops and barracks, to support the Fifth Mediterranean Squadron.',
    sources: [
      {
        source: 'mk-ekspert-tartus-2015',
        locator: 'paragraphs 1–3 (only in 1984 was the 720th PMTO created; 2.3 ha; facilities)',
      },
      {
        source: 'kolokol-tartus-baza-49-let-2016',
        locator: 'background paragraph (Politburo decision of 12 May 1983)',
      },
      {
        source: 'checheninfo-ria-tartus-expansion-signed-2017',
        locator: 'background paragraph (720th PMTO deployed in 1984 by Politburo decision; served the 5th Squadron)',
      },
    ],
    confidence: 'verified',
    continues: 'event-1971-tartus-naval-logistics-point',
    note: 'Before 1984 Soviet ships at Tartus were served by floating workshops and depot ships; some Russian reporting dates the supply point itself to 1977.',
  },
  {
    id: 'event-1984-tlass-claims-soviet-airborne-support',
    start: '1984',
    kind: 'other',
    title: {
      en: 'Tlass claims Moscow would send airborne divisions to Syria',
      ar: 'طلاس يزعم أن موسكو سترسل فرقاً محمولة جواً إلى سوريا',
      ru: 'Тлас утверждает, что Москва направит в Сирию воздушно-десантные дивизии',
    },
    summary:
      'Defence Minister Mustafa Tlass claimed that in a war with Israel the USSR would send two airborne divisions to Syria within eight hours and would even use nuclear weapons to protect it, statements Moscow did not endorse.',
    people: ['mustafa-tlass'],
    sources: [
      {
        source: 'country-data-syria-syrian-soviet-relations',
        locator: 'paragraph 3',
      },
      {
        source: 'globalsecurity-syria-ussr-relations',
        locator: 'paragraph 3',
      },
    ],
    confidence: 'reported',
    note: 'GlobalSecurity reproduces the Library of Congress country study, so the two pages are one source.',
    related: ['event-1980-10-08-treaty-friendship'],
  },
  {
    id: 'event-1984-02-assad-message-reveals-andropov-meetings',
    start: '1984-02',
    kind: 'diplomatic',
    title: {
      en: "Assad's condolences hint at secret meetings with Andropov",
      ar: 'تعزية الأسد تلمّح إلى لقاءات سرية مع أندروبوف',
      ru: 'Соболезнования Асада намекают на тайные встречи с Андроповым',
    },
    summary:
      "Assad's message on Andropov's death spoke of 'meetings' between them, and Syrian sources said the two had met secretly twice during Andropov's 15 months in power, a period of expanded Soviet arms supplies; Aliyev's planned visit to Damascus was called off because of the death.",
    people: ['hafez-al-assad', 'yuri-andropov', 'heydar-aliyev'],
    sources: [
      {
        source: 'csmonitor-1984-assad-andropov-secret-meetings',
        locator: 'paragraphs 1–7 and 9',
      },
    ],
    confidence: 'reported',
    related: ['visit-1984-03-su-sy-heydar-aliyev', 'visit-1982-11-sy-su-hafez-al-assad'],
  },
  {
    id: 'event-1985-soviet-advisers-withdrawn',
    start: '1985',
    kind: 'other',
    title: {
      en: 'Withdrawal of many Soviet advisers from Syria',
      ar: 'سحب عدد كبير من المستشارين السوفيت من سوريا',
      ru: 'Отзыв значительной части советских советников из Сирии',
    },
    summary:
      'From an estimated 13,000 Soviet and East European advisers in Syria in mid-1984, many were withdrawn in 1985 during a dispute, leaving 2,000–5,000 in 1986.',
    sources: [
      {
        source: 'globalsecurity-syria-ussr-relations',
        locator: 'paragraph 1',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-1986-05-gorbachev-warns-against-attack-on-syria',
    start: '1986-05',
    kind: 'diplomatic',
    title: {
      en: 'Gorbachev warns against any attack on Syria',
      ar: 'غورباتشوف يحذر من أي هجوم على سوريا',
      ru: 'Горбачёв предостерёг от любого нападения на Сирию',
    },
    summary:
      'Weeks after the US raid on Libya, Gorbachev warned, according to British Labour politician Denis Healey who met him, that any US or Israeli attack on Syria or on the PLO outside Israel would have incalculable consequences; Khaddam was in Moscow the same week.',
    people: ['mikhail-gorbachev', 'abdul-halim-khaddam'],
    sources: [
      {
        source: 'khaddam-net-1986-syrian-vp-meets-gromyko-ar',
        locator: 'last paragraph',
      },
    ],
    confidence: 'reported',
    note: "Known second-hand, through Healey's account as reported by a wire service.",
    related: ['visit-1986-05-27-sy-su-abdul-halim-khaddam'],
  },
  {
    id: 'event-1987-04-24-gorbachev-military-force-discredited',
    start: '1987-04-24',
    kind: 'diplomatic',
    title: {
      en: 'Gorbachev tells Assad that reliance on military force is discredited',
      ar: 'غورباتشوف يقول للأسد إن الاعتماد على القوة العسكرية فقد مصداقيته',
      ru: 'Горбачёв заявляет Асаду, что ставка на военную силу дискредитирована',
    },
    summary:
      "At a Kremlin dinner for Assad, Gorbachev said dependence on military power to settle the Arab–Israeli conflict was 'completely discredited' and that the absence of Soviet–Israeli relations 'cannot be considered normal'.",
    people: ['mikhail-gorbachev', 'hafez-al-assad'],
    sources: [
      {
        source: 'iupress-gorbachev-remarks-asad-1987',
        locator: 'document 57, paragraph 3',
      },
      {
        source: 'taylorfrancis-gorbachevs-middle-east-strategy',
        locator: 'opening paragraph',
      },
    ],
    confidence: 'verified',
    note: "Related: LA Times (Feb 1989) says Gorbachev expressed scepticism, because of cost, about Assad's goal of 'strategic parity' with Israel.",
  },
  {
    id: 'event-1987-07-22-syrian-cosmonaut-faris-soyuz-tm-3',
    start: '1987-07-22',
    end: '1987-07-30',
    kind: 'other',
    title: {
      en: "Syria's first cosmonaut flies to Mir with a Soviet crew",
      ar: 'أول رائد فضاء سوري ينطلق إلى محطة «مير» مع طاقم سوفيتي',
      ru: 'Первый сирийский космонавт отправился на станцию «Мир» с советским экипажем',
    },
    summary:
      'Syrian Air Force officer Muhammed Faris, selected for the Soviet Interkosmos programme in 1985, flew on Soyuz TM-3 to the Mir station for a joint Soviet–Syrian research mission of almost eight days and was made a Hero of the Soviet Union on his return.',
    people: ['muhammed-faris'],
    sources: [
      {
        source: 'gulistan-2024-faris-dies-refugee',
        locator: 'paragraph 2 (launch on 22 July 1987 on Soyuz TM-3)',
      },
      {
        source: 'latimes-1987-07-30-world-news-syrian-cosmonaut',
        locator: 'item on the Soviet spacecraft landing in Kazakhstan',
      },
      {
        source: 'isstracker-muhammed-faris',
        locator:
          "'Additional information' paragraph (selection 30 Sept 1985; 7 d 23 h in space; Hero of the Soviet Union 30 July 1987)",
      },
    ],
    confidence: 'verified',
    note: 'End date is the landing reported by Moscow radio in the Los Angeles Times of 30 July 1987.',
  },
  {
    id: 'event-1989-zotov-reasonable-defensive-sufficiency',
    start: '1989',
    kind: 'diplomatic',
    title: {
      en: "Soviet ambassador urges Syria to drop strategic parity for 'reasonable defensive sufficiency'",
      ar: "السفير السوفيتي يدعو سوريا إلى التخلي عن التوازن الاستراتيجي لصالح 'الكفاية الدفاعية المعقولة'",
      ru: 'Советский посол призывает Сирию отказаться от стратегического паритета в пользу «разумной оборонной достаточности»',
    },
    summary:
      "Soviet Ambassador Alexander Zotov suggested that Damascus abandon its goal of military parity with Israel and embrace 'reasonable defensive sufficiency'.",
    sources: [
      {
        source: 'wordola-assad-1990-1999-p45',
        locator: "Time excerpt ('In November the Soviet Ambassador to Syria, Alexander Zotov, suggested…')",
      },
      {
        source: 'jta-1989-shevardnadze-10-day-tour',
        locator: 'paragraph on Zotov presenting credentials',
      },
    ],
    confidence: 'reported',
    note: "Time says 'In November'; the excerpt is listed among 1990 usages and Zotov only presented credentials in February 1989 (JTA), so November 1989 is likely but not printed.",
  },
  {
    id: 'event-1989-syria-arms-debt-15-billion',
    start: '1989-02',
    kind: 'economic',
    title: {
      en: "Syria's arms debt to the USSR estimated at $15 billion",
      ar: 'تقدير ديون سوريا العسكرية للاتحاد السوفيتي بـ15 مليار دولار',
      ru: 'Военный долг Сирии перед СССР оценивается в 15 млрд долларов',
    },
    summary:
      'By early 1989 Syria owed Moscow an estimated $15 billion for arms, a debt linked to Soviet reluctance to sell more weapons.',
    sources: [
      {
        source: 'latimes-1989-soviets-launch-mideast-initiative-syria',
        locator: 'paragraph 8',
      },
      {
        source: 'wordola-assad-1990-1999-p45',
        locator: "Time excerpt ('a $15 billion military debt')",
      },
    ],
    confidence: 'verified',
    note: 'An estimate, not a documented figure; the Russian Federation later settled a Soviet-era Syrian debt of about $13.4–14.5 billion (2005), recorded separately.',
  },
  {
    id: 'event-1990-assad-bush-geneva-meeting',
    start: '1990',
    kind: 'summit',
    title: {
      en: 'Hafez al-Assad meets George H. W. Bush in Geneva',
      ar: 'حافظ الأسد يلتقي جورج بوش الأب في جنيف',
      ru: 'Хафез Асад встречается с Джорджем Бушем-старшим в Женеве',
    },
    summary:
      'With Soviet power waning, Assad met President Bush in Geneva in 1990, weeks before the Gulf War in which Syrian troops joined the US-led coalition.',
    people: ['hafez-al-assad'],
    sources: [
      {
        source: 'swissinfo-usa-syria-talks-geneva',
        locator: 'paragraph 4 (1990 Bush–Assad meeting in Geneva)',
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraph on the 1990s ('He met with President George Bush in 1992')",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1992',
        sources: [
          {
            source: 'inside-arabia-damascus-moscow-2',
            locator: 'unfootnoted paragraph on the 1990s',
          },
        ],
        note: 'swissinfo dates the Assad–Bush meeting in Geneva to 1990, before the 1991 Gulf War; no 1992 meeting was found. The article also presents the rapprochement as a reaction to the 1991 Soviet collapse, which the 1990 date contradicts.',
      },
    ],
  },
  {
    id: 'event-1991-07-gorbachev-message-assad-peace-conference',
    start: '1991-07',
    kind: 'diplomatic',
    title: {
      en: "Gorbachev's personal message to Assad on the US–Soviet peace conference",
      ar: 'رسالة شخصية من غورباتشوف إلى الأسد بشأن مؤتمر السلام الأمريكي السوفيتي',
      ru: 'Личное послание Горбачёва Асаду о мирной конференции под эгидой США и СССР',
    },
    summary:
      "Early in July 1991 Assad received a personal message from Gorbachev, close to President Bush's proposals, urging cooperation with the US on a regional peace conference, which ended hopes of Soviet support for another war.",
    people: ['mikhail-gorbachev', 'hafez-al-assad'],
    sources: [
      {
        source: 'wordola-assads-1990-1999-p33',
        locator: "Time excerpt ('a personal message Assad received from Gorbachev early in July')",
      },
    ],
    confidence: 'reported',
    note: 'Year inferred from context (run-up to the 1991 Madrid conference).',
  },
  {
    id: 'event-1991-12-26-dissolution-of-the-ussr',
    start: '1991-12-26',
    kind: 'other',
    title: {
      en: 'Dissolution of the Soviet Union',
      ar: 'تفكك الاتحاد السوفيتي',
      ru: 'Распад Советского Союза',
    },
    summary:
      'Gorbachev resigned on 25 December and the USSR was formally dissolved on 26 December 1991, which the article says took Syria by surprise and pushed Assad toward Washington.',
    people: ['mikhail-gorbachev', 'hafez-al-assad'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraph on the 1990s ('The fall of the USSR in 1991')",
      },
      {
        source: 'wilson-legacy-gorbachev-resigns',
        locator: 'entry for 25 December 1991',
      },
      {
        source: 'tumblr-1991-12-26-soviet-union-dissolved',
        locator: 'paragraphs 1–2 (dissolved by the Supreme Soviet on 26 December 1991)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1992-01-syria-recognizes-russia-successor',
    start: '1992-01',
    kind: 'diplomatic',
    title: {
      en: 'Syria recognizes the Russian Federation as successor to the USSR',
      ar: 'سوريا تعترف بروسيا الاتحادية خلفاً قانونياً للاتحاد السوفيتي',
      ru: 'Сирия признаёт Российскую Федерацию правопреемником СССР',
    },
    summary:
      'After the dissolution of the USSR, the Syrian government recognized the Russian Federation as the legal successor to the Soviet Union.',
    sources: [
      {
        source: 'uncensored-wiki-embassy-of-syria-moscow',
        locator: 'paragraph 2',
      },
      {
        source: 'encycloreader-russia-syria-relations',
        locator: 'paragraph 3',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1991',
        sources: [
          {
            source: 'atlantabeacon-80th-anniversary-relations',
            locator: "paragraph 3 ('In 1991, Syria recognized Russia as a successor to the Soviet Union')",
          },
        ],
        note: 'Both Wikipedia mirrors (one source) say January 1992; atlantabeacon says 1991.',
      },
    ],
  },
  {
    id: 'event-1992-12-31-fifth-mediterranean-squadron-disbanded',
    start: '1992-12-31',
    kind: 'basing',
    title: {
      en: 'Soviet Mediterranean squadron, served from Tartus, disbanded',
      ar: 'حل السرب البحري السوفيتي في المتوسط الذي كان يتلقى الإمداد من طرطوس',
      ru: 'Расформирована советская Средиземноморская эскадра, обеспечивавшаяся из Тартуса',
    },
    summary:
      'The Fifth Operational (Mediterranean) Squadron, formed in 1967 and later supported from Tartus, was disbanded a year after the Soviet collapse; the Tartus supply point survived in reduced form.',
    sources: [
      {
        source: 'radio-utopie-russische-kriegsschiffe-mittelmeer',
        locator: 'final paragraph (squadron based at Tartus, disbanded 31 December 1992)',
      },
      {
        source: 'kiwix-5th-operational-squadron',
        locator: 'infobox and lead (disbanded 31 December 1992)',
      },
      {
        source: 'zxc-de-5-geschwader',
        locator: "lead and section 'Bases'",
      },
      {
        source: 'checheninfo-ria-tartus-expansion-signed-2017',
        locator: 'background paragraph (PMTO not wound up in the 1990s)',
      },
    ],
    confidence: 'verified',
    related: ['event-1984-tartus-720th-supply-point'],
  },
  {
    id: 'event-1994-09-13-gogitidze-ambassador-to-syria',
    start: '1994-09-13',
    kind: 'diplomatic',
    title: {
      en: 'Viktor Gogitidze becomes Russian ambassador to Syria',
      ar: 'فيكتور غوغيتيدزه سفيراً لروسيا لدى سوريا',
      ru: 'Виктор Гогитидзе назначен послом России в Сирии',
    },
    summary:
      'Viktor Gogitidze succeeded Alexander Zotov as Russian ambassador in Damascus and held the post until August 1999.',
    sources: [
      {
        source: 'wikial-de-embassy-of-russia-in-damascus',
        locator: "list 'Botschafter Russlands in Syrien'",
      },
    ],
    confidence: 'reported',
    related: ['event-1998-06-russian-envoy-says-debt-issue-near-solution'],
  },
  {
    id: 'event-1994-10-27-clinton-in-damascus',
    start: '1994-10-27',
    kind: 'summit',
    title: {
      en: 'Bill Clinton visits Damascus',
      ar: 'بيل كلينتون يزور دمشق',
      ru: 'Билл Клинтон посещает Дамаск',
    },
    summary:
      'Clinton, the first US president in Syria since Nixon in 1974, met Assad in Damascus during his October 1994 Middle East tour (they had already met in Geneva in January 1994).',
    people: ['hafez-al-assad'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraph on the 1990s ('received Bill Clinton in Damascus in 1994')",
      },
      {
        source: 'independent-1994-clinton-to-visit-syria',
        locator:
          'paragraphs 1–2 (stop in Damascus on Thursday morning) and final paragraph (January meeting in Geneva)',
      },
      {
        source: 'baltimoresun-1994-10-22-clinton-will-visit-syria',
        locator: 'paragraphs 1–5 (leaving Tuesday on a four-day trip)',
      },
      {
        source: 'palestine-studies-chronology-1994-10-28',
        locator: "entry for 28 October 1994 (reactions to 'Clinton visit')",
      },
    ],
    confidence: 'verified',
    note: "The day is derived from 'Thursday' of the week of the 26 October Aqaba signing, i.e. 27 October 1994.",
  },
  {
    id: 'event-1997-russian-syrian-joint-exercises-in-russia',
    start: '1997',
    kind: 'other',
    title: {
      en: 'Russian and Syrian forces hold joint exercises in Russia',
      ar: 'القوات الروسية والسورية تجري مناورات مشتركة في روسيا',
      ru: 'Российские и сирийские войска провели совместные учения в России',
    },
    summary:
      "According to Russia's ambassador in Damascus, speaking in June 1998, Russian and Syrian forces had conducted joint military exercises in Russia the previous year, and many Russian military experts were working in Syria.",
    sources: [
      {
        source: 'jweekly-russia-syria-relations-mend-1998',
        locator: 'paragraph 7 (ambassador confirmed joint military exercises in Russia last year)',
      },
      {
        source: 'alhayat-gogitidze-assad-visit-debt-1998',
        locator: "paragraph 1 ('مناورات مشتركة' in Russia last year)",
      },
    ],
    confidence: 'verified',
    note: 'Both reports rest on the same statement by ambassador Viktor Gogitidze; no details of the exercises (place, forces) were given.',
  },
  {
    id: 'event-1998-assad-moscow-visit-postponed',
    start: '1998',
    kind: 'diplomatic',
    title: {
      en: "Assad's planned autumn 1998 visit to Moscow is postponed",
      ar: 'تأجيل زيارة الأسد المقررة إلى موسكو في خريف 1998',
      ru: 'Запланированный на осень 1998 года визит Асада в Москву отложен',
    },
    summary:
      "Russia's ambassador in Damascus announced that Hafez al-Assad would make his first visit to post-Soviet Russia in the autumn of 1998, with economic agreements to be signed and the Soviet-era debt close to settlement, but the visit was put off to the following year.",
    people: ['hafez-al-assad'],
    sources: [
      {
        source: 'alhayat-gogitidze-assad-visit-debt-1998',
        locator:
          'paragraph 1 (Assad to visit Moscow in the autumn; debt problem on the way to a solution; Moscow had proposed US$11 billion of inherited military debt)',
      },
      {
        source: 'alhayat-gogitidze-invitation-still-stands-1999',
        locator:
          'whole item (visit planned for last autumn postponed by political problems to the beginning of this year; joint commission to meet first and settle the debt)',
      },
      {
        source: 'jweekly-russia-syria-relations-mend-1998',
        locator:
          "paragraphs 3–6 (ambassador Gogitidze announced Assad's autumn visit, the first since 1991, at a news conference)",
      },
      {
        source: 'worldtribune-assad-first-moscow-visit-9-years-1999',
        locator:
          'paragraph 1 (Middle East Newsline, 5 April 1999: Assad to visit Moscow this month, his first visit in nine years)',
      },
    ],
    confidence: 'verified',
    related: ['event-1999-04-11-hafez-al-assad-cancels-moscow-visit', 'visit-1999-07-05-sy-ru-hafez-al-assad'],
    note: 'The announcement is reported by Al-Hayat and by jweekly (London dispatch, 19 June 1998); the postponement only by Al-Hayat. At the same news conference the ambassador said Russian and Syrian forces had held joint exercises in Russia the previous year (recorded separately) and declined to discuss new arms sales.',
  },
  {
    id: 'event-1998-02-23-russia-syria-commission-agreements',
    start: '1998-02-23',
    kind: 'agreement',
    title: {
      en: 'Russian–Syrian agreements on energy, tourism, investment and double taxation',
      ar: 'اتفاقيات روسية سورية في الطاقة والسياحة والاستثمار وتجنب الازدواج الضريبي',
      ru: 'Российско-сирийские соглашения об энергетике, туризме, инвестициях и избежании двойного налогообложения',
    },
    summary:
      'At a session of the joint intergovernmental commission in Damascus, the two sides signed agreements on energy cooperation, tourism, investment and avoidance of double taxation.',
    sources: [
      {
        source: 'jamestown-monitor-1998-russian-syrian-talks',
        locator: 'paragraph 1',
      },
      {
        source: 'alhayat-stepashin-to-damascus-1998',
        locator: 'whole item (commission session announced for the visit)',
      },
    ],
    confidence: 'reported',
    note: 'Only Jamestown reports the signing and its date; Al-Hayat confirms the commission session was scheduled.',
  },
  {
    id: 'event-1998-06-russian-envoy-says-debt-issue-near-solution',
    start: '1998-06',
    kind: 'economic',
    title: {
      en: 'Russian envoy says Soviet-era debt dispute nearly solved',
      ar: 'السفير الروسي: مشكلة الديون السورية في طريقها إلى الحل',
      ru: 'Посол России: спор о долге советской эпохи близок к урегулированию',
    },
    summary:
      "At a national-day press conference in Damascus, Russian ambassador Viktor Gogitidze announced that Hafez al-Assad would visit Moscow in the autumn and said the two sides had agreed to fix the total of Syria's debt, for which Moscow had proposed US$11 billion in military debt inherited from the USSR, so the problem would soon be solved.",
    sources: [
      {
        source: 'alhayat-gogitidze-assad-visit-debt-1998',
        locator: "paragraph 1 (debt 'on the way to a solution'; US$11 billion proposed)",
      },
      {
        source: 'jweekly-russia-syria-relations-mend-1998',
        locator: "paragraphs 3–4 (Gogitidze's news conference announcing Assad's trip)",
      },
      {
        source: 'worldtribune-assad-first-moscow-visit-9-years-1999',
        locator: 'paragraphs 4–5 (April 1999: talks on the US$11 billion debt; Russia considering forgiving 85%)',
      },
    ],
    confidence: 'reported',
    related: ['event-1989-syria-arms-debt-15-billion', 'event-2005-01-25-russia-writes-off-syrian-debt'],
    note: "Only Al-Hayat reports the ambassador's debt remarks; J. confirms the press conference. In April 1999 diplomatic sources told MENL the debt, still unresolved, stood at US$11 billion and that Russia was weighing forgiving 85% of it. Assad's visit took place only in July 1999, and the debt was settled in January 2005.",
  },
  {
    id: 'event-1999-us-threatens-aid-cut-over-syria-atgm',
    start: '1999',
    kind: 'diplomatic',
    title: {
      en: 'US threatens to cut aid to Russia over anti-tank missiles for Syria',
      ar: 'الولايات المتحدة تهدد بقطع مساعداتها لروسيا بسبب صواريخ مضادة للدبابات لسوريا',
      ru: 'США пригрозили урезать помощь России из-за противотанковых ракет для Сирии',
    },
    summary:
      "During Secretary of State Albright's visit to Moscow, Assistant Secretary Martin Indyk reportedly warned that Washington would withhold US$50 million of its 1999 aid to Russia if Moscow went ahead with a sale of advanced anti-tank missiles to Syria.",
    sources: [
      {
        source: 'jamestown-1999-washington-warns-moscow-arms-sale-syria',
        locator: "paragraphs 1–2 (UPI, 2 February 1999: warning delivered during Albright's recent visit to Moscow)",
      },
      {
        source: 'ap-archive-assad-arrives-moscow-1999',
        locator: 'AP text (US threatened to cancel US$50 million in aid to Russia if the deal was completed)',
      },
    ],
    confidence: 'verified',
    related: ['arms-1999-03-ru-sy-delivered-atgm', 'event-1999-03-29-us-sanctions-russian-firms-syria-atgm'],
    note: "UPI reported the warning on 2 February 1999 as delivered during Albright's 'recent' visit to Moscow; the sources read give no month for the warning itself.",
  },
  {
    id: 'event-1999-03-29-us-sanctions-russian-firms-syria-atgm',
    start: '1999-03-29',
    kind: 'sanctions',
    title: {
      en: 'US sanctions three Russian firms over anti-tank missile sales to Syria',
      ar: 'الولايات المتحدة تفرض عقوبات على ثلاث شركات روسية بسبب بيع صواريخ مضادة للدبابات إلى سوريا',
      ru: 'США вводят санкции против трёх российских компаний за продажу Сирии противотанковых ракет',
    },
    summary:
      'Secretary of State Albright sanctioned the Tula Design Bureau, Volsk Mechanical Plant and Tsniitochmash for transferring guided anti-tank missiles to Syria, while waiving sanctions on the Russian government.',
    sources: [
      {
        source: 'armscontrol-us-sanctions-russian-companies-syria-1999',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'globalsecurity-state-dept-briefing-1999-04-02',
        locator: 'Rubin answer',
      },
      {
        source: 'worldtribune-assad-first-moscow-visit-9-years-1999',
        locator: 'final paragraph',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-1999-04-11-hafez-al-assad-cancels-moscow-visit',
    start: '1999-04-11',
    kind: 'diplomatic',
    title: {
      en: 'Hafez al-Assad cancels planned visit to Moscow',
      ar: 'حافظ الأسد يلغي زيارة مقررة إلى موسكو',
      ru: 'Хафез Асад отменяет запланированный визит в Москву',
    },
    summary:
      "Assad called off a visit due to start the next day (talks on up to $2bn of arms and the $11bn debt), reportedly angered by Ariel Sharon's presence in Moscow.",
    people: ['hafez-al-assad'],
    sources: [
      {
        source: 'worldtribune-assad-cancels-moscow-visit-1999',
        locator: 'paragraphs 1–5 (cancelled on Sunday, visit to begin the following day)',
      },
      {
        source: 'worldtribune-assad-renew-military-ties-1999',
        locator: 'paragraph 1 (visit announced for the following Tuesday)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '1999-05',
        sources: [
          {
            source: 'ap-archive-assad-arrives-moscow-1999',
            locator: "final paragraph ('abruptly canceled a planned trip to Moscow in May')",
          },
        ],
        note: 'AP places the cancelled trip in May and ties it to Russia not finalising weapons deliveries; World Tribune reports the cancellation on Sunday 11 April.',
      },
    ],
  },
  {
    id: 'event-1999-05-19-peaceful-atomic-energy-agreement',
    start: '1999-05-19',
    kind: 'agreement',
    title: {
      en: 'Russia–Syria agreement on peaceful uses of atomic energy',
      ru: 'Соглашение о сотрудничестве в области мирного использования атомной энергии',
      ar: 'اتفاقية روسية سورية بشأن الاستخدامات السلمية للطاقة الذرية',
    },
    summary:
      "The Russian and Syrian governments signed in Moscow an intergovernmental agreement on cooperation in the peaceful use of atomic energy, citing both states' membership of the IAEA and the Non-Proliferation Treaty.",
    sources: [
      {
        source: 'laws-russia-agreement-atomic-energy-syria-1999',
        locator: 'heading and preamble (Moscow, 19 May 1999)',
      },
      {
        source: 'ap-archive-assad-arrives-moscow-1999',
        locator:
          "description ('This May, Russia and Syria signed a 10-year deal on cooperating in the peaceful use of nuclear power')",
      },
      {
        source: 'jesr-russia-syria-nuclear-mou-2020',
        locator: 'last paragraph (Syria signed an agreement with Russia on peaceful atomic energy in 1998)',
      },
      {
        source: 'alhayat-gogitidze-assad-visit-debt-1998',
        locator:
          'paragraph 1 (agreements signed at the start of the year on economic cooperation and peaceful uses of nuclear energy)',
      },
    ],
    confidence: 'verified',
    related: ['event-1983-02-nuclear-cooperation-agreement', 'event-1998-02-23-russia-syria-commission-agreements'],
    note: 'Jesr Press and the Russian ambassador (Al-Hayat, June 1998) speak of a nuclear cooperation agreement signed in early 1998, when Atomic Energy Minister Viktor Mikhailov came to Damascus with the intergovernmental commission; the intergovernmental agreement whose text is read here is dated Moscow, 19 May 1999. They may be two different documents. AP (July 1999) confirms the May 1999 signing; the early-1998 agreement is kept here as a note, not as a competing date.',
  },
  {
    id: 'event-1999-08-03-syria-accuses-barak-of-lobbying-moscow',
    start: '1999-08-03',
    kind: 'diplomatic',
    title: {
      en: 'Syria accuses Barak of lobbying Moscow against arms sales',
      ar: 'سوريا تتهم باراك بالضغط على موسكو ضد صفقات الأسلحة',
      ru: 'Сирия обвинила Барака в попытках убедить Москву отказаться от продажи оружия',
    },
    summary:
      "Syrian state radio charged that Israeli Prime Minister Ehud Barak's 2 August visit to Moscow aimed to stop Russian arms sales to Syria and Iran, though Russian and Israeli accounts of the talks barely mentioned Syria.",
    sources: [
      {
        source: 'jamestown-1999-damascus-says-israel-trying-to-stop-cooperation',
        locator:
          'paragraphs 1–3 (Syrian radio, 3 August, via Reuters; reports of a US$2 billion package and its obstacles)',
      },
    ],
    confidence: 'reported',
    related: ['arms-1999-ru-sy-requested-s-300'],
    note: 'The Monitor adds that Russian reports for months had said Moscow was close to a package of arms agreements with Syria worth perhaps US$2 billion.',
  },
  {
    id: 'event-1999-08-31-markaryan-ambassador-to-syria',
    start: '1999-08-31',
    kind: 'diplomatic',
    title: {
      en: 'Robert Markaryan becomes Russian ambassador to Syria',
      ar: 'روبرت ماركاريان سفيراً لروسيا لدى سوريا',
      ru: 'Роберт Маркарьян назначен послом России в Сирии',
    },
    summary:
      'Robert Markaryan succeeded Viktor Gogitidze as Russian ambassador in Damascus and held the post until November 2006.',
    sources: [
      {
        source: 'wikial-de-embassy-of-russia-in-damascus',
        locator: "list 'Botschafter Russlands in Syrien'",
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-2000-03-26-clinton-assad-geneva-summit',
    start: '2000-03-26',
    kind: 'summit',
    title: {
      en: 'Clinton–Assad summit in Geneva',
      ar: 'قمة كلينتون والأسد في جنيف',
      ru: 'Встреча Клинтона и Асада в Женеве',
    },
    summary: 'Clinton and Assad met for about three hours in Geneva but failed to restart Syrian–Israeli talks.',
    people: ['hafez-al-assad'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraph on the 1990s ('Geneva in March 2000')",
      },
      {
        source: 'washingtontimes-2000-03-27-clinton-assad-geneva',
        locator: "paragraphs 1–6 (met 'yesterday', about three hours)",
      },
      {
        source: 'apnews-2000-03-20-clinton-to-meet-syrian-leader',
        locator: 'paragraphs 1–6 (meeting scheduled for Sunday morning)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2000-06-10-death-of-hafez-al-assad',
    start: '2000-06-10',
    kind: 'death',
    title: {
      en: 'Death of Hafez al-Assad',
      ar: 'وفاة حافظ الأسد',
      ru: 'Смерть Хафеза Асада',
    },
    summary:
      'Hafez al-Assad died on 10 June 2000 and was buried in Qardaha after a state funeral on 13 June, at which Russia was to be represented by Duma chairman Gennady Seleznyov.',
    people: ['hafez-al-assad', 'bashar-al-assad'],
    sources: [
      {
        source: 'wikipedia-en-death-funeral-hafez-al-assad',
        locator: 'lead and infobox; lead',
      },
      {
        source: 'bbc-assad-laid-to-rest-2000',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'britannica-syria-in-2000',
        locator: 'paragraph 1',
      },
      {
        source: 'albawaba-low-level-attendance-assad-funeral-2000',
        locator: 'final paragraph',
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraph on the 1990s ('the Syrian leader's death that June')",
      },
      {
        source: 'cnn-2000-06-10-assad-dead',
        locator: 'paragraphs 1–3 (announced Saturday, 10 June 2000)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2000-07-17-bashar-al-assad-sworn-in',
    start: '2000-07-17',
    kind: 'other',
    title: {
      en: 'Bashar al-Assad sworn in as President of Syria',
      ar: 'بشار الأسد يؤدي اليمين الدستورية رئيساً لسوريا',
      ru: 'Башар Асад приносит присягу в качестве президента Сирии',
    },
    summary:
      'After a 10 July referendum in which he was sole candidate (97.29% yes), parliament proclaimed Bashar al-Assad president and he was sworn in on 17 July 2000.',
    people: ['bashar-al-assad'],
    sources: [
      {
        source: 'bbc-syrian-parliament-backs-bashar-2000',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'chicagotribune-assad-elected-president-2000',
        locator: 'whole item',
      },
      {
        source: 'britannica-syria-in-2000',
        locator: 'paragraph 2',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2004-09-02-unsc-1559-russia-abstains',
    start: '2004-09-02',
    kind: 'diplomatic',
    title: {
      en: 'Russia abstains on UN Security Council Resolution 1559 on Lebanon',
      ar: 'روسيا تمتنع عن التصويت على قرار مجلس الأمن الدولي 1559 بشأن لبنان',
      ru: 'Россия воздерживается при голосовании по резолюции 1559 СБ ООН по Ливану',
    },
    summary:
      'Resolution 1559, calling on remaining foreign (i.e. Syrian) forces to leave Lebanon, passed 9–0 with six abstentions, Russia among them.',
    sources: [
      {
        source: 'liquisearch-unsc-resolution-1559',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'eastday-resolution-1559',
        locator: 'paragraphs 1–3 (9 votes in favour, six abstentions; Syria not named)',
      },
    ],
    confidence: 'reported',
    note: 'Only the Wikipedia mirror names Russia among the abstainers; Eastday confirms the 9–0–6 vote without naming them.',
  },
  {
    id: 'event-2005-01-25-russia-writes-off-syrian-debt',
    start: '2005-01-25',
    kind: 'economic',
    title: {
      en: "Russia writes off 73% of Syria's Soviet-era debt",
      ar: 'روسيا تشطب 73% من ديون سوريا العائدة إلى الحقبة السوفيتية',
      ru: 'Россия списывает 73% советского долга Сирии',
    },
    summary:
      "During Bashar al-Assad's visit Russia agreed to write off 73% (about $9.8bn) of Syria's $13.4bn debt; of the remaining $3.6bn, $1.5bn was to be repaid over ten years and about $2.1bn converted into Syrian pounds for Russian purchases or investment in Syria.",
    people: ['bashar-al-assad', 'vladimir-putin'],
    sources: [
      {
        source: 'rferl-russia-syria-agree-boost-cooperation-2005',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'elaph-kudrin-syria-debt-write-off-2005',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'moscow-times-assad-praises-russia-debt-deal-2005',
        locator: 'paragraph 5',
      },
      {
        source: 'sputnik-kudrin-73-percent-syrian-debt-2005',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'utro-government-syria-debt-2005',
        locator: 'whole item',
      },
    ],
    confidence: 'verified',
    note: "RIA's 'exceeds $14.5 billion' is the gross figure: Kudrin told the government (26 May 2005) the debt was $14.55bn less $1.15bn counter-claims = $13.4bn. RFE/RL's lead wrongly says the full $13.4bn would be written off. Government approval followed in May 2005.",
  },
  {
    id: 'event-2005-03-tatneft-block-27-contract',
    start: '2005-03',
    kind: 'economic',
    title: {
      en: 'Tatneft signs production-sharing deal for Syrian Block 27',
      ar: 'تات نفط توقع اتفاقية تقاسم إنتاج في البلوك 27 السوري',
      ru: '«Татнефть» подписала соглашение о разделе продукции по сирийскому Блоку 27',
    },
    summary:
      'Tatneft became the first Russian company in years to win an oil production contract in Syria, a production-sharing agreement for Block 27 (over 1,900 km²) in the Abu Kamal district of Deir ez-Zor, committing over US$26 million to exploration within seven years; Oil Minister Ibrahim Haddad signed for Syria.',
    sources: [
      {
        source: 'sputnik-tatneft-contract-syria-2005',
        locator: 'paragraphs 1–5',
      },
      {
        source: 'interfax-tatneft-invest-libya-syria-2009',
        locator: 'paragraph 5 (PSA for block 27 inked in March 2005)',
      },
    ],
    confidence: 'verified',
    related: ['visit-2005-01-24-sy-ru-bashar-al-assad'],
    note: "Tatneft called it the first contract signed by a Russian company after Bashar al-Assad's January 2005 visit to Moscow. OpenOil dates the tender win to 2003.",
  },
  {
    id: 'event-2005-04-28-putin-in-israel-defends-strelets-sale',
    start: '2005-04-28',
    kind: 'diplomatic',
    title: {
      en: 'Putin in Israel defends the Strelets sale to Syria',
      ar: 'بوتين يدافع في إسرائيل عن صفقة صواريخ ستريليتس لسوريا',
      ru: 'Путин в Израиле защищает поставку Сирии комплексов «Стрелец»',
    },
    summary:
      'On the first visit by a Kremlin leader to Israel, Putin defended the planned sale of short-range Strelets air-defence missiles to Syria as no threat to Israel and said he had vetoed an Iskander sale.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'spacewar-putin-seeks-appease-israel-2005',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'wapo-putin-defends-syria-iran-deals-2005',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'questia-israeli-protests-fail-block-arms-2005',
        locator: 'paragraphs 1–5',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2005-10-31-unsc-1636-hariri-investigation',
    start: '2005-10-31',
    kind: 'diplomatic',
    title: {
      en: 'UN Security Council Resolution 1636 adopted without explicit sanctions threat on Syria',
      ar: 'مجلس الأمن الدولي يتبنى القرار 1636 دون تهديد صريح بفرض عقوبات على سوريا',
      ru: 'СБ ООН принимает резолюцию 1636 без прямой угрозы санкций против Сирии',
    },
    summary:
      "The Council unanimously demanded Syria's full cooperation with the Hariri murder inquiry, but the explicit threat of sanctions was dropped after negotiations with the foreign ministers of Russia and China, who opposed it.",
    sources: [
      {
        source: 'un-press-sc8543-resolution-1636-2005',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'jpost-sc-fails-mention-syria-sanctions-2005',
        locator: 'paragraphs 1–2',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2005-12-05-stroytransgaz-arab-gas-pipeline-contracts',
    start: '2005-12-05',
    kind: 'economic',
    title: {
      en: 'Stroytransgaz wins Arab Gas Pipeline and gas plant contracts',
      ar: 'ستروي ترانس غاز تفوز بعقدي خط الغاز العربي ومعمل للغاز',
      ru: '«Стройтрансгаз» получил контракты на Арабский газопровод и газоперерабатывающий завод',
    },
    summary:
      'At the Syrian oil ministry in Damascus, Stroytransgaz president Viktor Lorenz and Oil Minister Ibrahim Haddad signed two contracts worth some US$370 million in all: a turnkey contract (US$160 million) for the 324 km first stage of the Syrian section of the Arab Gas Pipeline from the Jordanian border to al-Rayan near Homs, and a gas treatment plant near Palmyra.',
    sources: [
      {
        source: 'sputnik-fr-stroytransgaz-syria-contracts-2005',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'afnfn-russia-two-gas-contracts-syria-2005',
        locator: 'paragraphs 1–4 (signed on Monday; total US$370 million)',
      },
      {
        source: 'oilcapital-damascus-signing-russian-syrian-gas-2005',
        locator: "paragraphs 1–5 (signing 'today', 5 December 2005; tender won a month earlier)",
      },
      {
        source: 'cphibiz-stroytransgaz-continue-syria-2011',
        locator: 'paragraph 2 (South Middle Area project: 319 km pipeline and gas treatment facility)',
      },
    ],
    confidence: 'reported',
    note: "All accounts rest on RIA Novosti. Oil Capital put the pipeline project at about US$200 million before the signing; RIA's report of the signing gives US$160 million. Pipeline length is 324 km in 2005 reports and 319 km in the company's later description.",
  },
  {
    id: 'event-2006-08-israel-protests-russian-antitank-missiles-hezbollah',
    start: '2006-08',
    kind: 'diplomatic',
    title: {
      en: 'Israel complains to Moscow about Russian anti-tank missiles used by Hezbollah',
      ar: 'إسرائيل تشكو لموسكو استخدام حزب الله صواريخ روسية مضادة للدبابات',
      ru: 'Израиль выражает Москве претензии из-за российских противотанковых ракет у «Хезболлы»',
    },
    summary:
      "After the 2006 Lebanon war an Israeli delegation went to Moscow to complain that Russian anti-tank missiles (including Kornets marked as supplied to Syria's defence ministry) reached Hezbollah via Syria and Iran; Defence Minister Sergei Ivanov said no evidence had been shown.",
    sources: [
      {
        source: 'washingtontimes-israel-delegation-moscow-antitank-2006',
        locator: 'paragraphs 1–5 (18 Aug 2006)',
      },
      {
        source: 'rian-ivanov-israel-never-proved-kornet-2006',
        locator: 'paragraphs 1–5 (25 Aug 2006)',
      },
      {
        source: 'radioactivechief-kornet-telegraph-2006',
        locator: "quoted Telegraph passage (Kornet casings 'Customer: Ministry of Defence of Syria')",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2006-12-01-kirpichenko-ambassador-to-syria',
    start: '2006-12-01',
    kind: 'diplomatic',
    title: {
      en: 'Sergei Kirpichenko becomes Russian ambassador to Syria',
      ar: 'سيرجي كيربتشينكو سفيراً لروسيا لدى سوريا',
      ru: 'Сергей Кирпиченко назначен послом России в Сирии',
    },
    summary:
      'Sergei Kirpichenko took up the post of Russian ambassador in Damascus, succeeding Robert Markaryan, and held it until September 2011.',
    people: ['sergei-kirpichenko'],
    sources: [
      {
        source: 'wikial-de-embassy-of-russia-in-damascus',
        locator: "list 'Botschafter Russlands in Syrien'",
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-2007-04-stroytransgaz-second-gas-plant-contract',
    start: '2007-04',
    kind: 'economic',
    title: {
      en: 'Stroytransgaz contracted for a second Syrian gas plant',
      ar: 'ستروي ترانس غاز تفوز بعقد معمل غاز ثانٍ في سوريا',
      ru: '«Стройтрансгаз» получил контракт на второй газоперерабатывающий завод в Сирии',
    },
    summary:
      'Syrian Gas Company signed with Stroytransgaz a contract worth about US$390 million to build a second gas treatment plant (about 1.3 billion m³ a year) with infrastructure at the Twinan, Al Gour, East Al Akram and Al Harith fields.',
    sources: [
      {
        source: '1bm-dardari-stroytransgaz-390m',
        locator: 'last paragraphs (Dardari: contract of April 2007, about US$390 million)',
      },
      {
        source: 'cphibiz-stroytransgaz-continue-syria-2011',
        locator: 'paragraphs 3–5 (2007 deal for a second gas treatment facility)',
      },
    ],
    confidence: 'verified',
    note: 'Both sources give 2007; the month and value come from Deputy PM Dardari only.',
    related: ['event-2005-12-05-stroytransgaz-arab-gas-pipeline-contracts'],
  },
  {
    id: 'event-2008-06-06-duma-ratifies-syria-debt-agreement',
    start: '2008-06-06',
    kind: 'agreement',
    title: {
      en: 'State Duma ratifies the Syrian debt settlement',
      ar: 'مجلس الدوما يصادق على اتفاق تسوية الديون السورية',
      ru: 'Госдума ратифицирует соглашение об урегулировании долга Сирии',
    },
    summary:
      "The Duma ratified (401–40) the 2005 agreement and its 2007 supplement writing off 73% of Syria's Soviet-era debt; the Federation Council followed.",
    sources: [
      {
        source: 'jpost-duma-ratifies-syria-debt-2008',
        locator: "whole item ('on Friday')",
      },
      {
        source: 'nysun-russia-write-off-syria-debt-2008',
        locator: "paragraphs 1–4 ('on June 6')",
      },
      {
        source: '9tv-russia-forgave-syria-debt-2008',
        locator: 'whole item (Federation Council; $13.36bn)',
      },
    ],
    confidence: 'verified',
    note: "Year inferred from the Channel 9 item dated 18 June 2008 and the JPost 'Friday' (6 June 2008 was a Friday); the NY Sun gives 'June 6'.",
  },
  {
    id: 'event-2008-08-07-russo-georgian-war',
    start: '2008-08-07',
    kind: 'war',
    title: {
      en: 'Russo-Georgian War over South Ossetia',
      ar: 'الحرب الروسية الجورجية حول أوسيتيا الجنوبية',
      ru: 'Российско-грузинская война в Южной Осетии',
    },
    summary:
      'Georgian forces moved on Tskhinvali on the night of 7–8 August 2008 and Russia responded with a large-scale intervention; Bashar al-Assad publicly sided with Moscow two weeks later.',
    people: ['dmitry-medvedev', 'vladimir-putin', 'bashar-al-assad'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted paragraph on August 2008 (South Ossetia)',
      },
      {
        source: 'wikipedia-en-timeline-russo-georgian-war',
        locator: 'overview timeline, 7–8 August',
      },
    ],
    confidence: 'verified',
    note: "Hostilities escalated from 1 August; 7 August is the evening of Saakashvili's ceasefire and the Georgian move on Tskhinvali, 8 August the start of the Russian operation.",
  },
  {
    id: 'event-2008-08-20-assad-kommersant-interview',
    start: '2008-08-20',
    kind: 'diplomatic',
    title: {
      en: 'Assad backs Russia over Georgia, open to hosting Iskanders',
      ar: 'الأسد يؤيد روسيا في حرب جورجيا ويبدي استعداده لاستضافة صواريخ إسكندر',
      ru: 'Асад поддерживает Россию в конфликте с Грузией и готов рассмотреть размещение «Искандеров»',
    },
    summary:
      "Before arriving in Russia, Assad told Kommersant that Syria fully supported Russia over Georgia, called the war the culmination of attempts to encircle Russia, and said Syria was 'in principle' ready to consider deploying Iskander systems and to cooperate on air defence, though no proposal had been received.",
    people: ['bashar-al-assad'],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted paragraphs on the Kommersant interview',
      },
      {
        source: 'wpr-2008-assad-georgia-war-moscow-options',
        locator: 'final paragraph (Kommersant interview before his arrival)',
      },
      {
        source: 'thenational-2008-assad-visit-russia-resurgent',
        locator: "paragraph 3 (interview with the Russian press 'yesterday')",
      },
      {
        source: 'globalsecurity-ria-syria-ready-consider-air-defense-2008',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'jpost-assad-syria-may-host-russian-missiles-2008',
        locator: 'paragraph 1',
      },
    ],
    confidence: 'verified',
    note: "The 'in principle, yes' answer on air defence is confirmed only by the article in the pages read; RIA Novosti (via GlobalSecurity) and The Jerusalem Post report the Iskander answer.",
  },
  {
    id: 'event-2008-08-27-russia-announces-more-naval-visits-to-syria',
    start: '2008-08-27',
    kind: 'basing',
    title: {
      en: 'Russia says its warships will call at Syria more often',
      ar: 'روسيا تعلن أن سفنها الحربية ستزور سوريا بوتيرة أكبر',
      ru: 'Россия заявила, что её военные корабли будут чаще заходить в сирийские порты',
    },
    summary:
      "A week after Assad backed Russia's war in Georgia at Sochi, Russia's chargé d'affaires in Damascus, Igor Belyaev, announced a larger Russian naval presence in the Mediterranean with more frequent visits to Syrian ports, after a group led by the carrier Admiral Kuznetsov had reportedly called at Tartus that month.",
    sources: [
      {
        source: 'reuters-russia-plans-raise-navy-presence-syria-2008',
        locator: 'paragraphs 1-6',
      },
      {
        source: 'jpost-russia-to-up-naval-presence-in-syria-2008',
        locator: 'paragraphs 1-2',
      },
      {
        source: 'mg-guardian-russia-gets-naval-base-in-the-med-2008',
        locator: 'paragraphs 3-5',
      },
    ],
    confidence: 'verified',
    related: ['event-2008-08-20-assad-kommersant-interview', 'event-2008-09-tartus-permanent-base-talks'],
    note: 'The Admiral Kuznetsov call at Tartus in August 2008 rests on unnamed internet reports cited by Reuters.',
  },
  {
    id: 'event-2008-09-tartus-permanent-base-talks',
    start: '2008-09',
    kind: 'basing',
    title: {
      en: 'Russia and Syria reported in talks on a permanent Russian naval base at Tartus',
      ar: 'تقارير عن محادثات روسية سورية لتحويل طرطوس إلى قاعدة بحرية روسية دائمة',
      ru: 'Сообщения о переговорах России и Сирии о постоянной базе ВМФ в Тартусе',
    },
    summary:
      'In September 2008 Russia was reported to be negotiating with Syria to turn the Tartus naval maintenance site into a permanent base for Russian warships.',
    sources: [
      {
        source: 'sputnik-pyotr-veliky-arrives-tartus-2010',
        locator: 'final paragraph',
      },
      {
        source: 'worldtribune-tartus-pyotr-veliky-2010',
        locator: "paragraph 'In September 2008, the Kremlin launched negotiations'",
      },
    ],
    confidence: 'verified',
    note: 'Both accounts may derive from the same RIA Novosti reporting.',
  },
  {
    id: 'event-2008-10-stroytransgaz-aleppo-turkish-border-pipeline',
    start: '2008-10',
    kind: 'economic',
    title: {
      en: 'Stroytransgaz to build Aleppo–Turkish border gas pipeline',
      ar: 'ستروي ترانس غاز تبني خط غاز من حلب إلى الحدود التركية',
      ru: '«Стройтрансгаз» построит газопровод от Алеппо до турецкой границы',
    },
    summary:
      'Syrian Gas Company signed with Stroytransgaz a contract to build within 18 months a 62 km, 36-inch gas pipeline from Aleppo to Kilis on the Turkish border for about €52 million (some US$71 million); Oil Minister Sufian Allaw said the Russian firm had completed the first phase of the Arab Gas Pipeline from the Jordanian border to Homs.',
    sources: [
      {
        source: 'moscowtimes-syria-turkey-gas-link-extension-2008',
        locator: "paragraphs 1–3 (SANA, minister's comments)",
      },
      {
        source: 'origo-szirabol-vesznek-gazt-2008',
        locator: 'paragraphs 1–2 (signed on Tuesday)',
      },
      {
        source: 'syriaoil-stroytransgaz-aleppo-turkish-border-pipeline',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'verified',
    note: "Origo says the contract was signed on a Tuesday (14 October 2008, matching an ITAR-TASS report of that date), while The Moscow Times cites the minister's comments published late on Monday; only the month is recorded.",
    related: ['event-2005-12-05-stroytransgaz-arab-gas-pipeline-contracts'],
  },
  {
    id: 'event-2008-10-06-olmert-lobbies-medvedev-against-arms-sales',
    start: '2008-10-06',
    end: '2008-10-07',
    kind: 'diplomatic',
    title: {
      en: 'Olmert presses Medvedev not to arm Syria and Iran',
      ar: 'أولمرت يضغط على ميدفيديف لعدم تسليح سوريا وإيران',
      ru: 'Ольмерт добивается от Медведева отказа вооружать Сирию и Иран',
    },
    summary:
      'On a two-day visit to Moscow, Israeli Prime Minister Ehud Olmert asked Medvedev not to sell advanced weapons to Syria and Iran but won no firm pledge, only an agreement to set up a standing dialogue on arms sales.',
    people: ['dmitry-medvedev'],
    sources: [
      {
        source: 'haaretz-olmert-no-firm-pledge-russia-arms-2008',
        locator: 'paragraphs 1–3 and 6–7 (wrapping up a two-day visit on Tuesday)',
      },
      {
        source: 'liveleak-news-brief-olmert-moscow-2008',
        locator: 'paragraphs 1–2 and 5–6',
      },
    ],
    confidence: 'verified',
    related: ['arms-2008-08-ru-sy-refused-iskander'],
  },
  {
    id: 'event-2010-03-21-cultural-cooperation-programme-2010-2012',
    start: '2010-03-21',
    kind: 'agreement',
    title: {
      en: 'Russian–Syrian cultural cooperation programme for 2010–2012',
      ar: 'برنامج التعاون الثقافي الروسي السوري للأعوام 2010–2012',
      ru: 'Российско-сирийская программа культурного сотрудничества на 2010–2012 годы',
    },
    summary:
      'In Damascus, Culture Ministers Alexander Avdeyev and Riyad Naasan Agha signed a cultural exchange programme for 2010–2012 under the 1995 intergovernmental agreement on cultural and scientific cooperation, providing for Days of Russian Culture in Syria in 2011 and of Syrian culture in Russia in 2012.',
    sources: [
      {
        source: 'ria-syria-russia-cultural-cooperation-program-2010',
        locator: 'paragraphs 1-3',
      },
    ],
    confidence: 'reported',
    note: 'RIA puts the graduates of Soviet and Russian universities living in Syria at over 40,000.',
  },
  {
    id: 'event-2010-04-tatneft-starts-production-south-kishma',
    start: '2010-04',
    kind: 'economic',
    title: {
      en: 'Tatneft starts oil production at South Kishma',
      ar: 'تات نفط تبدأ إنتاج النفط في حقل جنوب الكشمة',
      ru: '«Татнефть» начала добычу нефти на месторождении Южная Кишма',
    },
    summary:
      "Al Bou Kamal Petroleum Company, Tatneft's joint venture with Syria's General Petroleum Corporation, began producing light crude at the South Kishma field near the Iraqi border, with recoverable reserves estimated at 4.9 million tonnes.",
    sources: [
      {
        source: 'moscowtimes-tatneft-drill-well-southern-syria-2010',
        locator: 'paragraphs 4–5 and 8 (production since April 2010)',
      },
      {
        source: 'reuters-tatneft-halts-syria-2011',
        locator: 'paragraph 4 (joint venture started production in 2010, 80 tonnes a day)',
      },
      {
        source: 'openoil-tatneft-operations-syria',
        locator: 'paragraph 2 (spring 2010)',
      },
    ],
    confidence: 'verified',
    continues: 'event-2005-03-tatneft-block-27-contract',
  },
  {
    id: 'event-2010-08-02-vysotsky-tartus-modernisation',
    start: '2010-08-02',
    kind: 'basing',
    title: {
      en: 'Russian Navy chief announces development of Tartus into a naval base',
      ar: 'قائد البحرية الروسية يعلن تطوير طرطوس إلى قاعدة بحرية',
      ru: 'Главком ВМФ объявляет о развитии Тартуса в базу флота',
    },
    summary:
      'Admiral Vladimir Vysotsky said Tartus would be developed first as a basing point and then as a fleet base able to host cruisers and aircraft carriers, with the first stage of modernisation due in 2012.',
    sources: [
      {
        source: 'watchman-worldtribune-russia-carriers-syria-2013',
        locator: 'paragraphs 1–5 (remarks on Aug. 2)',
      },
      {
        source: 'aratta-vysotsky-tartus',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'upi-russia-to-send-ships-syria-2011',
        locator: 'final paragraph',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2010-09-israel-protests-yakhont-sale-to-syria',
    start: '2010-09',
    kind: 'diplomatic',
    title: {
      en: 'Serdyukov confirms Yakhont sale to Syria over Israeli protests',
      ar: 'سيرديوكوف يؤكد بيع صواريخ «ياخونت» لسوريا رغم الاحتجاجات الإسرائيلية',
      ru: 'Сердюков подтвердил продажу Сирии «Яхонтов» вопреки протестам Израиля',
    },
    summary:
      "After Netanyahu had phoned Putin about it and Defence Minister Barak had visited Moscow, Russian Defence Minister Serdyukov said the 2007 Yakhont contract worth about US$300 million would be carried out while further Syrian requests were weighed against the regional balance, and Israel's foreign minister Lieberman said Israel would protest to Moscow.",
    sources: [
      {
        source: 'sauress-alriyadh-netanyahu-putin-yakhont-2010',
        locator:
          "whole item (Haaretz: Netanyahu's call to Putin about the Yakhont P-800 sale; Barak to raise it with Serdyukov)",
      },
      {
        source: 'masress-shbabmisr-lieberman-yakhont-2010',
        locator: "whole item (Serdyukov 'last week' to RIA: deal from 2007, US$300m, goes ahead; Lieberman on Monday)",
      },
      {
        source: 'sauress-alriyadh-serdyukov-bloomberg-yakhont-2010',
        locator:
          'whole item (Serdyukov to Bloomberg after meeting Gates: Yakhont deliveries to be completed this year; further Syrian requests weighed against the regional balance)',
      },
    ],
    confidence: 'verified',
    related: ['arms-2007-ru-sy-agreed-bastion-p'],
    note: 'Neither page prints a full date; Serdyukov gave his confirmation in September 2010 after talks in Washington (see arms-2007-ru-sy-agreed-bastion-p).',
  },
  {
    id: 'event-2011-riad-haddad-ambassador-to-russia',
    start: '2011',
    kind: 'diplomatic',
    title: {
      en: 'Riad Haddad becomes Syrian ambassador to Russia',
      ar: 'رياض حداد سفيراً لسوريا لدى روسيا',
      ru: 'Рияд Хаддад назначен послом Сирии в России',
    },
    summary:
      'Riad Haddad took charge of the Syrian embassy in Moscow in 2011 and headed it through the war years until 2022.',
    people: ['riad-haddad'],
    sources: [
      {
        source: 'wikipedia-embassy-of-syria-moscow',
        locator: "section 'Ambassadors of Syria to Russia' (2011-2022)",
      },
      {
        source: 'oopstop-ria-jaafari-ambassador-to-russia-2022',
        locator: 'paragraph 4',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2011-09-07-kulmukhametov-ambassador-to-syria',
    start: '2011-09-07',
    kind: 'diplomatic',
    title: {
      en: 'Azamat Kulmukhametov becomes Russian ambassador to Syria',
      ar: 'عظمة الله كولمحمدوف سفيراً لروسيا لدى سوريا',
      ru: 'Азамат Кульмухаметов назначен послом России в Сирии',
    },
    summary:
      'Azamat Kulmukhametov succeeded Sergei Kirpichenko as Russian ambassador in Damascus and served through the first years of the war, until December 2014.',
    people: ['azamat-kulmukhametov'],
    sources: [
      {
        source: 'wikial-de-embassy-of-russia-in-damascus',
        locator: "list 'Botschafter Russlands in Syrien'",
      },
      {
        source: 'sana-farewell-kulmukhametov',
        locator: 'paragraphs 1-2 (farewell at the end of his mission; Syrian Order of Merit)',
      },
    ],
    confidence: 'reported',
    note: 'The start day rests on the Wikipedia list alone; SANA confirms the end of his mission, when Deputy Foreign Minister Faisal Mekdad gave him the Syrian Order of Merit.',
  },
  {
    id: 'event-2011-10-04-veto-s-2011-612',
    start: '2011-10-04',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2011/612 on Syria (condemnation of the crackdown)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2011/612 بشأن سوريا (إدانة القمع)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2011/612 по Сирии (осуждение подавления протестов)',
    },
    summary:
      "Russia and China vetoed the draft of France, Germany, Portugal and the United Kingdom that would have condemned grave and systematic human-rights violations by the Syrian authorities and warned of possible measures including under the Charter's sanctions article (vote 9–2–4; China also vetoed).",
    people: ['vitaly-churkin'],
    sources: [
      {
        source: 'un-press-sc10403-2011',
        locator: 'SC/10403, 6627th meeting, opening paragraphs',
      },
      {
        source: 'voltairenet-spv-2011-10-04',
        locator: "President's statement: 'document S/2011/612' and vote",
      },
      {
        source: 'qantara-russias-vetoes-syria-2017',
        locator: "entry '4 October 2011'",
      },
      {
        source: 'cnn-8-times-russia-blocked-unsc-syria',
        locator: "entry '4 October 2011'",
      },
      {
        source: 'sauress-anaween-unsc-veto-2011',
        locator: 'Arabic report quoting Churkin after the vote',
      },
    ],
    confidence: 'verified',
    note: 'First Russian veto on Syria. Brazil, India, Lebanon and South Africa abstained. Qantara/AFP says Moscow pushed its own alternative text, which was not put to a vote.',
  },
  {
    id: 'event-2011-12-tatneft-halts-work-in-syria',
    start: '2011-12',
    kind: 'economic',
    title: {
      en: 'Tatneft halts its work in Syria',
      ar: 'تات نفط توقف أعمالها في سوريا',
      ru: '«Татнефть» прекратила работу в Сирии',
    },
    summary:
      'Tatneft suspended operations in Syria, citing instability (RIA linked it to bomb blasts in Damascus), as Western companies such as Shell pulled out under EU sanctions, and said it would resume if the situation stabilised.',
    sources: [
      {
        source: 'reuters-tatneft-halts-syria-2011',
        locator: 'paragraphs 1–3 (23 December 2011)',
      },
      {
        source: 'openoil-tatneft-operations-syria',
        locator: "section 'Impact of 2011-12 Unrest' (citing RIA Novosti, 23 December 2011)",
      },
    ],
    confidence: 'verified',
    continues: 'event-2010-04-tatneft-starts-production-south-kishma',
  },
  {
    id: 'event-2012-goznak-prints-syrian-banknotes',
    start: '2012',
    kind: 'economic',
    title: {
      en: "Russia's Goznak starts printing Syrian pounds",
      ru: '«Гознак» начал печатать сирийские фунты',
      ar: 'غوزناك الروسية تبدأ طباعة الليرة السورية',
    },
    summary:
      "After the Austrian printer stopped under EU sanctions, Syria had its banknotes printed by Russia's state printer Goznak; Russian-printed notes entered circulation by June 2012, Goznak's chief confirmed the order in November, and overflight records showed some 240 tonnes of banknotes flown from Moscow to Damascus between 9 July and 15 September 2012.",
    sources: [
      {
        source: 'banknotenews-syria-goznak-2012',
        locator: "paragraphs 1–4 (Reuters 13 June 2012; governor's denial 19 June; ProPublica 26 November 2012)",
      },
      {
        source: 'yalibnan-russia-printing-syrian-cash-2012',
        locator: 'paragraphs 1–2 (Goznak head Arkady Trachuk in Rossiyskaya Gazeta)',
      },
      {
        source: 'delfi-russia-helps-syria-print-money-2012',
        locator: 'paragraphs 1–2 (Syrian ambassador quoted by RIA Novosti)',
      },
    ],
    confidence: 'verified',
    note: 'The governor of the Central Bank of Syria, Adib Mayaleh, denied on 19 June 2012 that Russia was printing new notes.',
  },
  {
    id: 'event-2012-agreement-on-cultural-centres-in-moscow-and-damascus',
    start: '2012',
    kind: 'agreement',
    title: {
      en: 'Agreement on cultural centres in Moscow and Damascus',
      ar: 'اتفاقية بشأن المراكز الثقافية في موسكو ودمشق',
      ru: 'Соглашение о культурных центрах в Москве и Дамаске',
    },
    summary:
      "Rossotrudnichestvo's deputy head Alexander Chesnokov announced that Russia and Syria had signed an intergovernmental agreement on opening cultural centres in each other's capitals.",
    sources: [
      {
        source: 'onet-rosja-syria-centra-kultury-2012',
        locator: 'paragraphs 1-2',
      },
    ],
    confidence: 'reported',
    related: ['event-1966-soviet-cultural-centre-damascus-founded'],
    note: 'The report gives no date; it mentions two Russian–Chinese vetoes on Syria and a year of protests since March 2011, so it dates from 2012.',
  },
  {
    id: 'event-2012-02-04-veto-s-2012-77',
    start: '2012-02-04',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2012/77 on Syria (Arab League plan)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2012/77 بشأن سوريا (خطة جامعة الدول العربية)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2012/77 по Сирии (план Лиги арабских государств)',
    },
    summary:
      'Russia and China vetoed a draft backing the League of Arab States plan of 22 January 2012 and demanding that all parties in Syria stop violence (vote 13–2; China also vetoed).',
    sources: [
      {
        source: 'un-press-sc10536-2012',
        locator: 'SC/10536, 6711th meeting',
      },
      {
        source: 'voltairenet-spv-2012-02-04',
        locator: "President's statement: 'document S/2012/77'",
      },
      {
        source: 'cnn-8-times-russia-blocked-unsc-syria',
        locator: "entry '4 February 2012'",
      },
      {
        source: 'qantara-russias-vetoes-syria-2017',
        locator: "entry '4 February 2012'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2012-03-12-first-russian-aid-flights-land-in-damascus',
    start: '2012-03-12',
    kind: 'other',
    title: {
      en: 'First Russian government aid flights land in Damascus',
      ar: 'هبوط أولى طائرات المساعدات الحكومية الروسية في دمشق',
      ru: 'В Дамаске приземлились первые самолёты с помощью от правительства России',
    },
    summary:
      "Russian Emergencies Ministry Il-76s sent on government orders landed in Damascus with over 78 tonnes of tents, blankets, food and field kitchens, a month after Russia's second Security Council veto on Syria.",
    sources: [
      {
        source: 'twocircles-ians-russian-aid-planes-reach-syria-2012',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'kabirnews-russia-decided-humanitarian-aid-syria-2012',
        locator: 'paragraphs 1-3',
      },
    ],
    confidence: 'verified',
    related: ['event-2012-02-04-veto-s-2012-77'],
    note: 'IANS says two planes landed on Monday 12 March and a third was due later that day.',
  },
  {
    id: 'event-2012-04-14-unsc-resolution-2042-annan-plan-monitors',
    start: '2012-04-14',
    kind: 'diplomatic',
    title: {
      en: 'Russia backs resolution 2042 on Annan plan monitors',
      ar: 'روسيا تؤيد القرار 2042 بشأن مراقبي خطة عنان',
      ru: 'Россия поддержала резолюцию 2042 о наблюдателях по плану Аннана',
    },
    summary:
      "With Russia voting in favour, the Security Council unanimously authorised up to 30 unarmed observers to monitor the ceasefire under Kofi Annan's six-point plan; a follow-up text co-sponsored by Russia, resolution 2043, then set up the UN Supervision Mission in Syria.",
    sources: [
      {
        source: 'un-press-sc10609-2012',
        locator: 'SC/10609, paragraphs 1–4',
      },
      {
        source: 'voltairenet-spv-6751-resolution-2042',
        locator: 'vote: 15 in favour including the Russian Federation',
      },
      {
        source: 'voltairenet-spv-resolution-2043',
        locator: "draft S/2012/245 co-sponsored by the Russian Federation; Churkin's statement after the vote",
      },
      {
        source: 'zxcwiki-de-resolution-2042',
        locator: 'infobox (15–0–0) and background on the six-point plan',
      },
    ],
    confidence: 'verified',
    related: ['event-2012-02-04-veto-s-2012-77', 'event-2012-07-19-veto-s-2012-538'],
  },
  {
    id: 'event-2012-06-30-geneva-communique-action-group-for-syria',
    start: '2012-06-30',
    kind: 'agreement',
    title: {
      en: 'Geneva communiqué of the Action Group for Syria',
      ar: 'بيان جنيف الصادر عن مجموعة العمل من أجل سوريا',
      ru: 'Женевское коммюнике Группы действий по Сирии',
    },
    summary:
      "Meeting in Geneva under Kofi Annan, the foreign ministers of the five permanent Security Council members, Russia included, and of Turkey, Iraq, Kuwait and Qatar agreed principles for a Syrian-led transition through a transitional governing body with full executive powers drawn from the government and the opposition, leaving Assad's role open.",
    people: ['sergey-lavrov'],
    sources: [
      {
        source: 'cfr-action-group-syria-final-communique-2012',
        locator: 'introduction (UN summary of the communiqué)',
      },
      {
        source: 'arabsaga-geneva-action-group-communique-2012',
        locator: 'introductory report and paragraph 1 of the communiqué',
      },
      {
        source: 'wikisum-geneva-ii-conference-on-syria',
        locator: "section on the June 2012 'action group' conference",
      },
    ],
    confidence: 'verified',
    note: "Lavrov said afterwards that the plan did not require Assad's departure; Clinton said Assad would still have to go (Arab Saga report; Wikipedia).",
  },
  {
    id: 'event-2012-07-19-veto-s-2012-538',
    start: '2012-07-19',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2012/538 on Syria (Chapter VII and UNSMIS)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2012/538 بشأن سوريا (الفصل السابع وبعثة المراقبين)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2012/538 по Сирии (глава VII и миссия ООН по наблюдению)',
    },
    summary:
      'Russia and China vetoed a draft by France, Germany, Portugal, the UK and the US that would have extended UNSMIS for 45 days and, under Chapter VII, threatened Article 41 measures if the Syrian authorities did not withdraw heavy weapons from population centres within 10 days (vote 11–2–2; China also vetoed).',
    sources: [
      {
        source: 'un-press-sc10714-2012',
        locator: 'SC/10714, 6810th meeting',
      },
      {
        source: 'trenchantobserver-s-2012-538',
        locator: 'headline and first paragraphs',
      },
      {
        source: 'qantara-russias-vetoes-syria-2017',
        locator: "entry '19 July 2012'",
      },
    ],
    confidence: 'verified',
    note: 'Pakistan and South Africa abstained.',
  },
  {
    id: 'event-2012-12-russian-hostages-taken-near-homs',
    start: '2012-12',
    end: '2013-02-03',
    kind: 'other',
    title: {
      en: 'Two Russian steelworkers held hostage by Syrian rebels',
      ar: 'احتجاز عاملين روسيين في مصنع للصلب رهينتين لدى مسلحي المعارضة السورية',
      ru: 'Двое российских металлургов в заложниках у сирийских повстанцев',
    },
    summary:
      "Rebels seized two Russian citizens, Viktor Gorelov and Abdesattar Hassun, and an Italian working at the Hmisho steel plant near Homs on the Homs–Tartus road and demanded a ransom; after Moscow's contacts with the Syrian government and opposition groups, the Russians were exchanged for rebel fighters on 3 February 2013 and taken to the Russian embassy.",
    sources: [
      {
        source: 'latimes-russians-italian-released-syria-2013',
        locator: 'paragraphs 1-5',
      },
      {
        source: 'almanar-russians-freed-embassy-damascus-2013',
        locator: 'paragraphs 2-5',
      },
      {
        source: 'correiobraziliense-afp-italiano-dois-russos-libertados-2013',
        locator: 'paragraphs 1-2',
      },
      {
        source: 'tass-press-two-russians-abducted-syria-2012',
        locator: 'paragraphs 1-4',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '2012-12-17',
        sources: [
          {
            source: 'tv3-lt-rebels-ransom-russians-italian-2012',
            locator: 'paragraph 1',
          },
          {
            source: 'tass-press-two-russians-abducted-syria-2012',
            locator: "paragraph 3 (abducted 'on Monday')",
          },
        ],
        note: "The Russian Foreign Ministry's release statement dates the abduction to 12 December 2012; the first reports (embassy press secretary, Kommersant) give Monday 17 December, so only the month is kept.",
      },
    ],
  },
  {
    id: 'event-2012-12-russian-landing-ships-sent-to-tartus',
    start: '2012-12',
    end: '2013-01',
    kind: 'basing',
    title: {
      en: 'Russia sends landing ships toward Tartus',
      ar: 'روسيا ترسل سفن إنزال نحو طرطوس',
      ru: 'Россия направила десантные корабли в сторону Тартуса',
    },
    summary:
      'As Moscow openly prepared for a possible evacuation of its citizens, the landing ships Azov, Nikolai Filchenkov and Novocherkassk left the Black Sea for Tartus in late December 2012 to join an exercise of ships from three Russian fleets off Syria; the Foreign Ministry denied they were sent to evacuate Russians.',
    sources: [
      {
        source: 'news24-afp-russia-sends-ships-to-syria-2012',
        locator: 'paragraphs 1-5 and 9-10',
      },
      {
        source: 'sauress-alwatan-russian-landing-ships-syria-2013',
        locator: 'paragraph 1',
      },
      {
        source: 'masress-elsaba7-novocherkassk-tartus-2012',
        locator: 'paragraphs 1-2 (Lukashevich denial)',
      },
    ],
    confidence: 'verified',
    related: ['event-2013-01-22-russians-evacuated-from-syria-via-beirut', 'event-2013-06-tartus-personnel-withdrawn'],
    note: 'AFP adds that Novocherkassk and Saratov had made a rare call at Tartus in late November 2012.',
  },
  {
    id: 'event-2013-01-russian-consulate-in-aleppo-closed',
    start: '2013-01',
    kind: 'diplomatic',
    title: {
      en: 'Russia temporarily closes its consulate general in Aleppo',
      ar: 'روسيا تغلق قنصليتها العامة في حلب مؤقتاً',
      ru: 'Россия временно закрыла генеральное консульство в Алеппо',
    },
    summary:
      'Amid the fighting for Aleppo, Russia temporarily closed its consulate general in the city in mid-January 2013, while its embassy in Damascus stayed open; about a week later it began flying citizens home from Beirut.',
    sources: [
      {
        source: 'upi-russia-evacuating-citizens-syria-2013',
        locator: "paragraph 4 (consulate closed 'last week')",
      },
      {
        source: 'russiainblogs-ria-77-nationals-evacuated-2013',
        locator: 'paragraphs 5-6',
      },
    ],
    confidence: 'reported',
    related: ['event-2013-01-22-russians-evacuated-from-syria-via-beirut'],
    note: 'Both reports take the closure from RIA Novosti, so they count as one source; no exact day is given.',
  },
  {
    id: 'event-2013-01-22-russians-evacuated-from-syria-via-beirut',
    start: '2013-01-22',
    end: '2013-01-23',
    kind: 'other',
    title: {
      en: 'First Russian evacuation flights for citizens leaving Syria',
      ar: 'أولى رحلات الإجلاء الروسية للمواطنين المغادرين سوريا',
      ru: 'Первые российские эвакуационные рейсы для граждан, покидающих Сирию',
    },
    summary:
      'On government orders the Emergencies Ministry sent an Il-76 and a Yak-42 to Beirut, which flew 77 Russian citizens who had left Syria by land, mostly women and children, to Moscow; it was the first such airlift of the war, a week after the Aleppo consulate general closed.',
    sources: [
      {
        source: 'upi-russia-evacuating-citizens-syria-2013',
        locator: 'paragraphs 1-4',
      },
      {
        source: 'interfax-mchs-two-planes-syria-2013',
        locator: 'paragraphs 1-2',
      },
      {
        source: 'russiainblogs-ria-77-nationals-evacuated-2013',
        locator: 'paragraphs 1-2 and 6',
      },
      {
        source: 'refworld-rferl-moscow-planes-evacuate-russians-2013',
        locator: 'paragraphs 1-2',
      },
      {
        source: 'naharnet-moscow-planes-beirut-evacuate-russians-2013',
        locator: 'paragraphs 1-2 (first such effort since March 2011)',
      },
      {
        source: 'sauress-alhayat-emercom-plane-latakia-2013',
        locator: 'paragraph 1 (about 730 evacuated since January, per the ministry in August)',
      },
    ],
    confidence: 'verified',
    note: 'Later flights went straight to Latakia; by August 2013 the Emergencies Ministry said about 730 Russian and CIS citizens had left Syria on its planes since January.',
  },
  {
    id: 'event-2013-02-21-car-bomb-damages-russian-embassy',
    start: '2013-02-21',
    kind: 'other',
    title: {
      en: 'Damascus car bomb blows out Russian embassy windows',
      ar: 'سيارة مفخخة في دمشق تحطم نوافذ السفارة الروسية',
      ru: 'Взрыв заминированного автомобиля в Дамаске выбил окна посольства России',
    },
    summary:
      "A car bomb at a checkpoint in the Mazraa district of Damascus, between the Baath party headquarters and the Russian embassy, killed more than 50 people and blew out the embassy's windows without hurting its staff.",
    sources: [
      {
        source: 'abs-cbn-afp-damascus-deadliest-bombing-2013',
        locator: 'paragraphs 1 and 6',
      },
      {
        source: 'csmonitor-ap-dozens-killed-damascus-car-bombing-2013',
        locator: 'paragraphs 1, 5 and 8',
      },
      {
        source: 'newtimes-more-than-50-killed-bomb-blast-2013',
        locator: 'paragraphs 1 and 5-7',
      },
    ],
    confidence: 'verified',
    note: 'Death tolls differ by source (state media 53, Syrian Observatory 42 to 59).',
  },
  {
    id: 'event-2013-05-07-kerry-lavrov-agree-syria-peace-conference',
    start: '2013-05-07',
    kind: 'diplomatic',
    title: {
      en: 'Lavrov and Kerry agree in Moscow on a Syria conference',
      ar: 'لافروف وكيري يتفقان في موسكو على عقد مؤتمر بشأن سوريا',
      ru: 'Лавров и Керри договорились в Москве о конференции по Сирии',
    },
    summary:
      "After Kerry's talks with Putin and Lavrov in Moscow, Russia and the United States announced they would convene an international conference, later called Geneva II, to bring the Syrian government and opposition together and revive the 2012 Geneva communiqué.",
    people: ['sergey-lavrov', 'vladimir-putin'],
    sources: [
      {
        source: 'reuters-chicagotribune-russia-us-convene-syria-conference-2013',
        locator: 'paragraphs 1–5',
      },
      {
        source: 'xinhua-kerry-lavrov-paris-geneva-conference-2013',
        locator: "paragraph 'During the discussions in Moscow…'",
      },
    ],
    confidence: 'verified',
    related: [
      'event-2012-06-30-geneva-communique-action-group-for-syria',
      'event-2014-01-22-geneva-ii-conference-opens',
    ],
  },
  {
    id: 'event-2013-05-14-netanyahu-lobbies-putin-against-s-300',
    start: '2013-05-14',
    kind: 'diplomatic',
    title: {
      en: 'Netanyahu flies to Sochi to urge Putin not to send S-300s',
      ar: 'نتنياهو يتوجه إلى سوتشي لحث بوتين على عدم إرسال صواريخ إس-300',
      ru: 'Нетаньяху прилетел в Сочи убедить Путина не поставлять С-300',
    },
    summary:
      'Israeli Prime Minister Benjamin Netanyahu met Putin at Sochi to press Russia not to deliver S-300 air-defence systems to Damascus; the Kremlin said it restated its known arguments for the deliveries.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'pri-netanyahu-putin-talk-syria-2013',
        locator: 'paragraphs 1–5 (Sochi, 14 May 2013; Lavrov: contracts signed long ago)',
      },
      {
        source: 'progressivegazette-afp-netanyahu-putin-2013',
        locator: "paragraphs 1–5 (Peskov via Interfax: 'The issue was raised')",
      },
    ],
    confidence: 'verified',
    related: ['arms-2010-ru-sy-agreed-s-300', 'arms-2013-06-04-ru-sy-refused-s-300'],
  },
  {
    id: 'event-2013-05-28-ryabkov-reaffirms-s-300-deal',
    start: '2013-05-28',
    kind: 'diplomatic',
    title: {
      en: 'Russia says it will keep its S-300 deal with Syria',
      ar: 'ريابكوف: روسيا لن تلغي خطط تزويد سورية بنظام للدفاع الجوي',
      ru: 'Россия заявила, что не откажется от контракта с Сирией на С-300',
    },
    summary:
      'A day after the EU let its arms embargo on the Syrian opposition lapse, Deputy Foreign Minister Sergei Ryabkov said Russia had no reason to drop its contract to supply S-300s to Damascus despite Western and Israeli objections, calling the delivery a stabilising factor that would deter outside intervention.',
    people: ['sergei-ryabkov'],
    sources: [
      {
        source: 'thestar-russia-confirms-s300-deal-2013',
        locator: "paragraphs 1–4 and 8 (Tuesday news conference; 'no reason to revise our stance')",
      },
      {
        source: 'thehindu-russia-reaffirms-s300-commitment-2013',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'sauress-alriyadh-ryabkov-s300-2013',
        locator: "whole item (Tuesday; EU 'pouring oil on the fire')",
      },
    ],
    confidence: 'verified',
    related: [
      'arms-2010-ru-sy-agreed-s-300',
      'event-2013-05-14-netanyahu-lobbies-putin-against-s-300',
      'arms-2013-06-04-ru-sy-refused-s-300',
    ],
    note: 'A week later, on 4 June 2013, Putin said the S-300s had not been delivered, so as not to upset the regional balance.',
  },
  {
    id: 'event-2013-06-tartus-personnel-withdrawn',
    start: '2013-06',
    kind: 'basing',
    title: {
      en: 'Russia reported to have withdrawn all personnel from Tartus',
      ar: 'تقارير عن سحب روسيا جميع أفرادها من طرطوس',
      ru: 'Россия, по сообщениям, вывела весь персонал из Тартуса',
    },
    summary:
      "Deputy Foreign Minister Mikhail Bogdanov told Al-Hayat that the Russian Defence Ministry had no one left in Syria and that Tartus was a technical maintenance facility, not a base; Vedomosti's Defence Ministry source said all military and civilian staff had left Tartus.",
    people: ['mikhail-bogdanov'],
    sources: [
      {
        source: 'chicagotribune-reuters-no-personnel-syria-2013',
        locator: 'paragraphs 1–6 (Reuters, 26 June 2013)',
      },
      {
        source: 'rt-personnel-withdrawn-tartus-2013',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'verified',
    note: "Bogdanov's interview appeared in Al-Hayat on 21 June 2013 and Vedomosti's report on 26 June; a Moscow analyst put the earlier staff at about 100 technicians.",
  },
  {
    id: 'event-2013-09-09-lavrov-proposes-international-control-of-syrian-chemical-weapons',
    start: '2013-09-09',
    kind: 'diplomatic',
    title: {
      en: "Lavrov proposes international control of Syria's CW",
      ar: 'لافروف يقترح وضع الأسلحة الكيميائية السورية تحت رقابة دولية',
      ru: 'Лавров предложил поставить сирийское химоружие под международный контроль',
    },
    summary:
      'After talks with Walid Muallem in Moscow, Lavrov publicly called on Syria to place its chemical arsenal under international control and then destroy it to avert US strikes, and Muallem said Damascus welcomed the proposal.',
    people: ['sergey-lavrov', 'walid-muallem'],
    sources: [
      {
        source: 'reuters-uk-russia-urges-syria-cw-control-2013',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'rferl-2013-russia-urges-syria-cw-control',
        locator: 'paragraphs 1–5',
      },
      {
        source: 'ap-salon-syria-welcomes-russian-proposal-2013',
        locator: 'paragraphs 1–5',
      },
    ],
    confidence: 'verified',
    related: ['visit-2013-09-09-sy-ru-walid-muallem', 'event-2013-09-14-framework-elimination-syrian-chemical-weapons'],
  },
  {
    id: 'event-2013-09-14-framework-elimination-syrian-chemical-weapons',
    start: '2013-09-14',
    kind: 'agreement',
    title: {
      en: 'US–Russian Framework for Elimination of Syrian Chemical Weapons (Geneva)',
      ar: 'الإطار الأمريكي الروسي للقضاء على الأسلحة الكيميائية السورية (جنيف)',
      ru: 'Российско-американская Рамочная договорённость об уничтожении сирийского химического оружия (Женева)',
    },
    summary:
      'After three days of talks in Geneva, Lavrov and Kerry agreed a framework under which Syria was to list its chemical weapons within a week and have them removed or destroyed by mid-2014, with a Security Council resolution to follow.',
    people: ['sergey-lavrov'],
    sources: [
      {
        source: 'toledoblade-framework-2013',
        locator: 'AP report, Geneva, 14 September 2013',
      },
      {
        source: 'reuters-uk-framework-2013',
        locator: 'Reuters, 14 September 2013',
      },
      {
        source: 'mees-syria-us-russia-deal-2013',
        locator: 'opening paragraph',
      },
      {
        source: 'imra-framework-text-2013',
        locator: 'text of the framework (from Russian MFA website)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2013-09-14-syria-accedes-chemical-weapons-convention',
    start: '2013-09-14',
    kind: 'treaty',
    title: {
      en: 'Syria deposits its instrument of accession to the Chemical Weapons Convention',
      ar: 'سوريا تودع صك انضمامها إلى اتفاقية حظر الأسلحة الكيميائية',
      ru: 'Сирия сдаёт на хранение документ о присоединении к Конвенции о запрещении химического оружия',
    },
    summary:
      "As part of the Russian-brokered chemical-weapons deal, the UN Secretary-General received Syria's instrument of accession to the CWC, which entered into force for Syria on 14 October 2013.",
    sources: [
      {
        source: 'un-sg-statement-syria-cwc-accession-2013',
        locator: 'statement of 14 September 2013',
      },
      {
        source: 'unoda-syria-cwc-accession',
        locator: 'record: Action Type Accession, Date 14 September 2013',
      },
      {
        source: 'tass-cwc-effective-syria-oct14-2013',
        locator: 'first paragraphs',
      },
    ],
    confidence: 'verified',
    note: "MEES (20 Sept 2013) says Syria agreed to join the OPCW 'effective 24 October'; the UN depositary statement and UNODA give entry into force on 14 October 2013.",
  },
  {
    id: 'event-2013-09-22-mortar-shell-in-russian-embassy-compound',
    start: '2013-09-22',
    kind: 'other',
    title: {
      en: 'Mortar shell lands in Russian embassy compound',
      ar: 'سقوط قذيفة هاون في مجمع السفارة الروسية',
      ru: 'Миномётная мина упала на территории посольства России',
    },
    summary:
      'A mortar shell landed inside the Russian embassy compound in central Damascus, with no casualties reported, as rebels shelled the centre of the capital.',
    sources: [
      {
        source: 'reuters-mortar-russian-embassy-compound-2013',
        locator: 'paragraphs 1-2',
      },
    ],
    confidence: 'reported',
    related: ['event-2013-02-21-car-bomb-damages-russian-embassy'],
  },
  {
    id: 'event-2013-09-27-unsc-resolution-2118',
    start: '2013-09-27',
    kind: 'diplomatic',
    title: {
      en: "Security Council resolution 2118 on Syria's chemical weapons adopted unanimously",
      ar: 'اعتماد قرار مجلس الأمن 2118 بشأن الأسلحة الكيميائية السورية بالإجماع',
      ru: 'Единогласное принятие резолюции СБ ООН 2118 о сирийском химическом оружии',
    },
    summary:
      "The Security Council, Russia voting in favour, unanimously endorsed the OPCW decision of the same day on the expeditious destruction of Syria's chemical weapons, the outcome of the Russian–US framework.",
    people: ['sergey-lavrov'],
    sources: [
      {
        source: 'opcw-unmissions-resolution-2118',
        locator: 'UN report of 27 September 2013',
      },
      {
        source: 'voltairenet-spv-2013-09-27',
        locator: 'vote: 15 in favour incl. Russian Federation; Secretary-General thanks Lavrov and Kerry',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2013-10-31-syria-chemical-production-equipment-destroyed',
    start: '2013-10-31',
    kind: 'other',
    title: {
      en: "OPCW: Syria's CW production equipment destroyed",
      ar: 'منظمة حظر الأسلحة الكيميائية: تدمير معدات إنتاج الأسلحة الكيميائية السورية',
      ru: 'ОЗХО: оборудование Сирии для производства химоружия уничтожено',
    },
    summary:
      "A day before the 1 November deadline of the timetable backed by resolution 2118, the joint OPCW–UN mission said it had verified the destruction of all Syria's declared critical production and mixing/filling equipment, inspecting 21 of 23 declared sites.",
    sources: [
      {
        source: 'reuters-syria-destroyed-chemical-production-2013',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'afp-globalpost-syria-chemical-equipment-destroyed-2013',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'newstalk-syria-chemical-equipment-destroyed-2013',
        locator: "paragraphs 1–5 ('Russian-American brokered deal')",
      },
    ],
    confidence: 'verified',
    continues: 'event-2013-09-14-framework-elimination-syrian-chemical-weapons',
    related: ['event-2013-09-27-unsc-resolution-2118'],
  },
  {
    id: 'event-2013-12-25-soyuzneftegaz-offshore-contract',
    start: '2013-12-25',
    kind: 'economic',
    title: {
      en: 'Syria signs first offshore oil contract with Soyuzneftegaz',
      ru: 'Сирия подписала с «Союзнефтегазом» первый контракт на разведку и добычу нефти на шельфе',
      ar: 'سوريا توقع أول عقد للتنقيب عن النفط في مياهها الإقليمية مع سويوز نفتا غاز',
    },
    summary:
      "In Damascus the Syrian oil ministry and General Petroleum Company signed with Russia's Soyuzneftegaz a 25-year contract to explore, develop and produce oil and gas in offshore Block 2 between Tartus and Banias, some 2,190 km², the first ever for Syria's waters, with the Russian firm funding exploration estimated at about US$90–100 million.",
    sources: [
      {
        source: 'rt-syria-soyuzneftegaz-offshore-deal-2013',
        locator: 'paragraphs 1–4 (Block 2, 25 years, US$15m + US$75m)',
      },
      {
        source: 'aljazeera-syria-russia-sign-oil-gas-deal-2013',
        locator: 'paragraphs 1–5 (signed in Damascus; 2,190 km²; 25 years; US$100 million)',
      },
      {
        source: 'alalam-syria-inks-oil-gas-deal-russia-2013',
        locator: "paragraphs 1–5 (AFP reporter at the signing on Wednesday; 'cost ... $100 million')",
      },
      {
        source: 'mees-syria-rewards-russia-offshore-2014',
        locator: 'paragraph 2 (Block 2, 2,190 sq km, first offshore agreement)',
      },
      {
        source: 'interfax-opposition-condemns-soyuzneftegaz-2013',
        locator: 'paragraphs 1 and 4 (opposition coalition condemned the contract signed the day before)',
      },
      {
        source: 'rbth-soyuzneftegaz-contracted-syria-2014',
        locator: 'paragraphs 2 and 4 (about US$100 million; 2004 licence for blocks 12 and 14)',
      },
    ],
    confidence: 'verified',
    note: "The Syrian opposition coalition condemned the deal as handing over Syria's wealth in exchange for Russian weapons (Interfax, citing EFE). Cost figures differ: US$90 million (RT, RIA Novosti) or US$100 million (the oil minister, per AFP). RBTH notes Soyuzneftegaz had held onshore exploration licences for blocks 12 and 14 since 2004 without a commercial find.",
  },
  {
    id: 'event-2014-russian-language-in-syrian-schools',
    start: '2014',
    kind: 'agreement',
    title: {
      en: 'Syria adds Russian as a foreign language in schools',
      ar: 'سوريا تضيف الروسية لغةً أجنبية في مدارسها',
      ru: 'Сирия ввела русский язык как иностранный в школах',
    },
    summary:
      "After Dmitry Rogozin's visit, Syria decided to offer Russian as a second foreign language alongside French from the seventh grade, starting with the 2014-15 school year; by 2017 some 11,000 pupils in twelve cities were learning it.",
    sources: [
      {
        source: 'languagemagazine-russian-syrian-schools-2014',
        locator: 'paragraphs 1-2 (May 2014)',
      },
      {
        source: 'russkiymir-russian-center-damascus-university-2017',
        locator: 'paragraphs 4-5',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '2015',
        sources: [
          {
            source: 'sputnik-russian-school-damascus-2016',
            locator: 'paragraph 3',
          },
          {
            source: 'islam-today-russian-school-damascus-2016',
            locator: 'paragraph 3',
          },
        ],
        note: "Sputnik and Islam-today (both February 2016) say Russian became a compulsory subject 'last year', i.e. 2015; this may be a later step from optional to compulsory.",
      },
    ],
    related: ['visit-2014-05-ru-sy-dmitry-rogozin'],
  },
  {
    id: 'event-2014-russian-language-department-damascus-university',
    start: '2014',
    kind: 'other',
    title: {
      en: 'Russian language department opens at Damascus University',
      ar: 'افتتاح قسم اللغة الروسية في جامعة دمشق',
      ru: 'В Дамасском университете открылась кафедра русского языка',
    },
    summary: 'In autumn 2014 Damascus University opened a department of Russian language in its humanities faculty.',
    sources: [
      {
        source: 'russkiymir-russian-school-damascus-2018',
        locator: 'paragraph 4',
      },
      {
        source: 'islam-today-russian-school-damascus-2016',
        locator: 'paragraph 4',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2014-01-22-geneva-ii-conference-opens',
    start: '2014-01-22',
    kind: 'summit',
    title: {
      en: 'Geneva II conference on Syria opens in Montreux',
      ar: 'افتتاح مؤتمر «جنيف 2» بشأن سوريا في مونترو',
      ru: 'В Монтрё открылась конференция «Женева-2» по Сирии',
    },
    summary:
      'Ban Ki-moon opened the Russian–US-initiated peace conference in Montreux before some 40 states and the Syrian government and opposition delegations, with Lavrov and Kerry among the speakers; direct talks under Lakhdar Brahimi were to begin in Geneva on 24 January.',
    people: ['sergey-lavrov', 'walid-muallem'],
    sources: [
      {
        source: 'afp-geotv-syria-peace-conference-montreux-2014',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'aps-djazairess-geneve-ii-montreux-2014',
        locator: 'whole item',
      },
      {
        source: 'pravdareport-geneva-two-montreux-2014',
        locator: 'paragraphs 1–3 (Lavrov–Kerry talks on arrival)',
      },
    ],
    confidence: 'verified',
    related: ['event-2013-05-07-kerry-lavrov-agree-syria-peace-conference'],
  },
  {
    id: 'event-2014-02-15-geneva-ii-second-round-ends',
    start: '2014-02-15',
    kind: 'diplomatic',
    title: {
      en: "Geneva II's second round ends without result",
      ar: 'الجولة الثانية من «جنيف 2» تنتهي دون نتيجة',
      ru: 'Второй раунд «Женевы-2» завершился безрезультатно',
    },
    summary:
      "UN–Arab League envoy Lakhdar Brahimi closed the second round of government–opposition talks with no date for a third, the government insisting on discussing 'terrorism' first and the opposition a transitional governing body; Brahimi apologised to Syrians and said he would consult Lavrov and Kerry.",
    sources: [
      {
        source: 'aljazeera-america-brahimi-apologizes-2014',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'xinhua-trend-second-round-geneva-ii-2014',
        locator: 'paragraphs 1–7',
      },
      {
        source: 'cri-filipino-geneva-ii-round-two-2014',
        locator: 'paragraphs 1–3 (Brahimi to consult Ban, Kerry and Lavrov)',
      },
    ],
    confidence: 'verified',
    continues: 'event-2014-01-22-geneva-ii-conference-opens',
  },
  {
    id: 'event-2014-03-06-assad-backs-putin-on-ukraine',
    start: '2014-03-06',
    kind: 'diplomatic',
    title: {
      en: "Assad telegram backs Putin's course in Ukraine",
      ar: 'برقية من الأسد تؤيد نهج بوتين في أوكرانيا',
      ru: 'Асад в телеграмме поддержал курс Путина в Украине',
    },
    summary:
      "In a telegram to Putin reported by SANA, Assad expressed Syria's solidarity with Russia's efforts to 'restore security and stability' in Ukraine against what he called a coup in favour of radicals, as Russian forces took control of Crimea.",
    people: ['bashar-al-assad', 'vladimir-putin'],
    sources: [
      {
        source: 'naharnet-assad-supports-putin-ukraine-2014',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'euromaidanpress-assad-supports-putin-2014',
        locator: "paragraphs 1–3 ('on Thursday, March 6')",
      },
      {
        source: 'elkhabar-djazairess-assad-telegram-putin-ukraine-2014',
        locator: 'whole item (Arabic)',
      },
    ],
    confidence: 'verified',
    note: "No formal Syrian recognition of Crimea's annexation was found; Syria voted against UN resolution 68/262 on 27 March 2014.",
    related: ['event-2014-03-27-syria-votes-against-unga-68-262-crimea'],
  },
  {
    id: 'event-2014-03-27-syria-votes-against-unga-68-262-crimea',
    start: '2014-03-27',
    kind: 'un-vote',
    title: {
      en: 'Syria votes against UN resolution 68/262 on Crimea',
      ar: 'سوريا تصوت ضد قرار الأمم المتحدة 68/262 بشأن القرم',
      ru: 'Сирия проголосовала против резолюции ООН 68/262 по Крыму',
    },
    summary:
      "Syria was one of 11 states, with Russia, to vote against the General Assembly resolution 'Territorial integrity of Ukraine', which declared the Crimean referendum of 16 March invalid and called on states not to recognise any change in Crimea's status (100 for, 58 abstentions).",
    sources: [
      {
        source: 'unwatch-unga-crimea-resolution-2014',
        locator: "list 'Countries that voted against the resolution'",
      },
      {
        source: 'zxcwiki-de-resolution-68-262',
        locator: 'paragraph on the vote (eleven countries named)',
      },
      {
        source: 'before-war-after-ga-crimea-2014',
        locator: 'paragraphs 1–2 (vote 100–11–58)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2014-05-22-veto-s-2014-348',
    start: '2014-05-22',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2014/348 on Syria (referral to the International Criminal Court)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2014/348 بشأن سوريا (إحالة إلى المحكمة الجنائية الدولية)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2014/348 по Сирии (передача дела в Международный уголовный суд)',
    },
    summary:
      'Russia and China vetoed a French-drafted text, co-sponsored by more than 60 states, that would have referred the situation in Syria since March 2011 to the Prosecutor of the International Criminal Court (vote 13–2; China also vetoed).',
    people: ['vitaly-churkin'],
    sources: [
      {
        source: 'un-press-sc11407-2014',
        locator: 'SC/11407, 7180th meeting',
      },
      {
        source: 'ndtv-russia-china-veto-icc-2014',
        locator: 'first paragraphs',
      },
      {
        source: 'ipfs-wikipedia-vetoed-un-resolutions-syria',
        locator: "table row '22 May 2014 S/2014/348'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2014-06-23-last-declared-syrian-chemicals-removed',
    start: '2014-06-23',
    kind: 'other',
    title: {
      en: "Last of Syria's declared chemical weapons shipped out",
      ar: 'شحن آخر دفعة من الأسلحة الكيميائية السورية المعلنة إلى الخارج',
      ru: 'Из Сирии вывезена последняя партия заявленного химического оружия',
    },
    summary:
      "The OPCW announced that the last 8 per cent or so of Syria's declared stockpile of some 1,300 tonnes had been loaded at Latakia onto the Danish ship Ark Futura, completing the removal required under the US–Russian framework of September 2013.",
    sources: [
      {
        source: 'rt-syria-handed-over-declared-chem-weapons-2014',
        locator: 'paragraphs 1–5',
      },
      {
        source: 'albawaba-opcw-last-batch-removed-2014',
        locator: "paragraphs 1–4 ('US-Russia brokered agreement')",
      },
      {
        source: 'middleeastmonitor-syria-chemical-stockpile-shipped-2014',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'verified',
    continues: 'event-2013-09-14-framework-elimination-syrian-chemical-weapons',
    related: ['event-2013-09-27-unsc-resolution-2118'],
  },
  {
    id: 'event-2014-08-18-cape-ray-completes-destruction',
    start: '2014-08-18',
    kind: 'other',
    title: {
      en: "Cape Ray finishes destroying Syria's worst chemicals",
      ar: 'السفينة «كيب راي» تنجز تدمير أخطر المواد الكيميائية السورية',
      ru: 'Судно «Кейп Рэй» завершило уничтожение самых опасных сирийских химикатов',
    },
    summary:
      "The Pentagon announced that the crew of the MV Cape Ray had finished neutralising at sea, under OPCW verification, the most dangerous chemicals of Syria's declared stockpile, including 581 tonnes of a sarin precursor, work begun on 7 July.",
    sources: [
      {
        source: 'ria-sputnik-cape-ray-destroyed-2014',
        locator: 'paragraphs 1–2 and 6',
      },
      {
        source: 'ens-sej-us-completes-destruction-at-sea-2014',
        locator: 'quoted lead (581 metric tonnes)',
      },
      {
        source: 'alwasat-pentagon-cape-ray-2014',
        locator: 'whole item (Monday 18 August 2014)',
      },
    ],
    confidence: 'verified',
    continues: 'event-2013-09-14-framework-elimination-syrian-chemical-weapons',
    related: ['event-2014-06-23-last-declared-syrian-chemicals-removed'],
  },
  {
    id: 'event-2014-10-intergovernmental-commission-sochi',
    start: '2014-10',
    kind: 'economic',
    title: {
      en: 'Russian–Syrian intergovernmental commission meets in Sochi',
      ru: 'Заседание российско-сирийской межправительственной комиссии в Сочи',
      ar: 'انعقاد اللجنة الحكومية المشتركة الروسية السورية في سوتشي',
    },
    summary:
      'A three-day session of the intergovernmental commission on trade, economic, scientific and technical cooperation, chaired on the Russian side by Rogozin, moved on to discussing concrete projects, Rogozin saying Syria had chosen Eurasian integration.',
    sources: [
      {
        source: 'ria-rogozin-sochi-commission-2014',
        locator: 'paragraph 1 (members to meet in Sochi on Thursday evening, 23 October)',
      },
      {
        source: 'sochinews-commission-ended-sochi-2014',
        locator: 'paragraphs 1–2 (item of 24 October 2014: three-day session ended)',
      },
    ],
    confidence: 'verified',
    people: ['dmitry-rogozin'],
    related: ['visit-2014-05-ru-sy-dmitry-rogozin'],
    note: 'RIA has the commission gathering on the evening of Thursday 23 October; Sochi News calls it a three-day session that ended on 24 October, so expert talks may have begun earlier. The start keeps the month only.',
    end: '2014-10-24',
  },
  {
    id: 'event-2014-12-22-kinshchak-ambassador-to-syria',
    start: '2014-12-22',
    kind: 'diplomatic',
    title: {
      en: 'Alexander Kinshchak becomes Russian ambassador to Syria',
      ru: 'Александр Кинщак назначен послом России в Сирии',
      ar: 'ألكسندر كينشاك سفيراً لروسيا لدى سوريا',
    },
    summary:
      'Alexander Kinshchak, previously ambassador to Kuwait, was appointed Russian ambassador to Syria, succeeding Azamat Kulmukhametov.',
    people: ['alexander-kinshchak', 'azamat-kulmukhametov'],
    sources: [
      {
        source: 'wikial-de-embassy-of-russia-in-damascus',
        locator: "list 'Botschafter Russlands in Syrien' (22 December 2014)",
      },
      {
        source: 'enabbaladi-putin-appoints-yefimov-2018',
        locator: 'paragraph 5 (appointed December 2014; Kuwait 2008-2013)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2015-soyuzneftegaz-halts-syria-offshore-work',
    start: '2015',
    kind: 'economic',
    title: {
      en: 'Soyuzneftegaz stops its Syrian offshore operations',
      ar: 'سويوز نفتا غاز توقف عملياتها البحرية في سوريا',
      ru: '«Союзнефтегаз» прекратил работы на сирийском шельфе',
    },
    summary:
      'Soyuzneftegaz announced that it had stopped work under its 2013 offshore exploration contract because of the war in Syria.',
    sources: [
      {
        source: 'newarab-russia-swooped-syria-hydrocarbons-2021',
        locator: 'standfirst and paragraph 1 (in 2015 the company announced it had stopped its operations)',
      },
    ],
    confidence: 'reported',
    continues: 'event-2013-12-25-soyuzneftegaz-offshore-contract',
  },
  {
    id: 'event-2015-russia-wheat-aid-100000-tonnes',
    start: '2015',
    kind: 'economic',
    title: {
      en: 'Russia sends Syria 100,000 tonnes of wheat as aid',
      ar: 'روسيا ترسل إلى سوريا 100,000 طن من القمح كمساعدة',
      ru: 'Россия направила Сирии 100 000 тонн пшеницы в качестве помощи',
    },
    summary:
      'Russian Agriculture Minister Alexander Tkachev confirmed to RIA Novosti that Russia had sent Syria around 100,000 tonnes of wheat as aid, as Reuters sources had reported.',
    sources: [
      {
        source: 'riyadhvision-russia-confirms-wheat-aid-2015',
        locator: 'whole item (report of 4 November 2015)',
      },
    ],
    confidence: 'reported',
    note: 'The delivery is dated only by the confirmation of November 2015.',
  },
  {
    id: 'event-2015-08-26-hmeimim-air-group-agreement',
    start: '2015-08-26',
    kind: 'basing',
    title: {
      en: 'Russia–Syria agreement on stationing a Russian air group at Hmeimim',
      ar: 'الاتفاقية الروسية السورية بشأن نشر مجموعة جوية روسية في حميميم',
      ru: 'Соглашение России и Сирии о размещении российской авиагруппы на аэродроме Хмеймим',
    },
    summary:
      'Signed in Damascus on 26 August 2015, the open-ended agreement gave Russia free use of Hmeimim airfield and its infrastructure, terminable one year after written notice; its text was published on 14 January 2016.',
    sources: [
      {
        source: 'vestikavkaza-putin-sends-aviation-deal-duma',
        locator: 'signed by the defence ministries in Damascus on August 26, 2015',
      },
      {
        source: 'gazeta-bessrochnoe-soglashenie-aviabaza-2016',
        locator: 'text published on the legal-information portal',
      },
      {
        source: 'unian-bessrochnoe-razmeshchenie-aviagruppy',
        locator: 'text of the agreement of 26 August 2015',
      },
      {
        source: 'news4u-putin-ratified-air-group-2016',
        locator: "'The text of the agreement announced on 14 January 2016'",
      },
    ],
    confidence: 'verified',
    note: 'Publication date 14 January 2016 is stated only by news-4-u; Gazeta.Ru and UNIAN report the publication without a date in the excerpt read.',
  },
  {
    id: 'event-2015-09-russian-aircraft-arrive-latakia',
    start: '2015-09',
    kind: 'military-operation',
    title: {
      en: 'Russian combat aircraft deploy to an airfield near Latakia',
      ar: 'نشر طائرات حربية روسية في مطار قرب اللاذقية',
      ru: 'Российская боевая авиация переброшена на аэродром под Латакией',
    },
    summary:
      'Weeks before the first strikes, US officials reported four Russian fighters at the airfield near Latakia (18 September 2015) and, days later, 28 fighters and bombers, including 12 Su-24s and 12 Su-25s, with about 20 helicopters, at the expanded base.',
    sources: [
      {
        source: 'expatica-afp-four-fighter-jets-2015',
        locator: 'paragraphs 1–3 (AFP, 18 September)',
      },
      {
        source: 'jpost-reuters-fighter-jets-syrian-airfield-2015',
        locator: 'paragraphs 1–2 (Reuters)',
      },
      {
        source: 'ibtimes-28-jets-latakia-2015',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'verified',
    related: ['event-2015-08-26-hmeimim-air-group-agreement', 'event-2015-09-30-russian-military-intervention'],
  },
  {
    id: 'event-2015-09-russian-military-aid-flights-to-latakia',
    start: '2015-09',
    kind: 'other',
    title: {
      en: 'Russian military planes fly aid to Latakia',
      ar: 'طائرات عسكرية روسية تنقل مساعدات إلى اللاذقية',
      ru: 'Российские военные самолёты доставили помощь в Латакию',
    },
    summary:
      "Weeks before its air campaign, Russia's Defence Ministry flew some 80 tonnes of tents, food and camp equipment to Latakia airport for the Syrian Red Crescent, on a route through friendly states after Bulgaria closed its airspace to the Russian aid flights for most of September and other states refused overflight.",
    sources: [
      {
        source: 'sarabic-russian-aid-planes-latakia-2015',
        locator: 'paragraphs 1-4 (Konashenkov; Latakia governor)',
      },
      {
        source: 'persona-rin-russian-aid-latakia-bulgaria-2015',
        locator: 'paragraphs 1-5 (80 tonnes; Bulgarian ban 1-24 September)',
      },
    ],
    confidence: 'verified',
    related: ['event-2015-09-russian-aircraft-arrive-latakia', 'event-2015-09-30-russian-military-intervention'],
  },
  {
    id: 'event-2015-09-21-putin-netanyahu-syria-deconfliction-mechanism',
    start: '2015-09-21',
    kind: 'agreement',
    title: {
      en: 'Putin and Netanyahu agree a Syria deconfliction mechanism',
      ar: 'بوتين ونتنياهو يتفقان على آلية لمنع الاحتكاك في سوريا',
      ru: 'Путин и Нетаньяху договорились о механизме предотвращения инцидентов в Сирии',
    },
    summary:
      "As Russia reinforced its forces in Syria, Netanyahu, accompanied by Israel's chief of staff and military-intelligence chief, met Putin near Moscow and announced a joint mechanism to prevent misunderstandings between Israeli and Russian forces over Syria.",
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'reuters-israel-russia-coordinate-syria-2015',
        locator: 'paragraphs 1–7',
      },
      {
        source: 'askanews-sole24ore-putin-netanyahu-2015',
        locator: 'whole item',
      },
      {
        source: 'imlebanon-israeli-russian-agreement-syria-2015',
        locator: 'whole item',
      },
    ],
    confidence: 'verified',
    related: ['event-2015-09-30-russian-military-intervention', 'event-2018-09-17-il-20-shot-down'],
  },
  {
    id: 'event-2015-09-28-putin-obama-meet-at-un',
    start: '2015-09-28',
    kind: 'summit',
    title: {
      en: 'Putin and Obama meet at the UN, split over Assad',
      ar: 'بوتين وأوباما يلتقيان في الأمم المتحدة ويختلفان حول الأسد',
      ru: 'Путин и Обама встретились в ООН и разошлись во мнениях по Асаду',
    },
    summary:
      'Two days before Russian air strikes began, Putin and Obama met for about 90 minutes on the margins of the UN General Assembly; they agreed their militaries should deconflict and that Syria needed a political transition, but disagreed on whether Assad could stay.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'interia-obama-putin-rozmowa-2015',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'apusa-obama-putin-meeting-2015',
        locator: 'paragraphs 1–8',
      },
      {
        source: 'politicit-obama-putin-divided-assad-2015',
        locator: 'whole item',
      },
    ],
    confidence: 'verified',
    related: [
      'event-2015-09-30-russian-military-intervention',
      'event-2015-10-20-us-russia-air-safety-memorandum-syria',
    ],
  },
  {
    id: 'event-2015-09-30-russian-military-intervention',
    start: '2015-09-30',
    kind: 'intervention',
    title: {
      en: 'Russian military intervention in Syria begins after Federation Council approval',
      ar: 'بدء التدخل العسكري الروسي في سوريا بعد موافقة مجلس الاتحاد',
      ru: 'Начало российской военной операции в Сирии после одобрения Совета Федерации',
    },
    short: {
      en: 'Russian intervention',
      ar: 'التدخل العسكري الروسي',
      ru: 'Российская военная операция',
    },
    summary:
      "On 30 September 2015 the Federation Council voted 162–0 to let Putin use the armed forces abroad, and Russia began an air campaign in support of the Syrian government at Assad's request.",
    people: ['vladimir-putin', 'bashar-al-assad'],
    sources: [
      {
        source: 'newstj-russian-parliament-grants-putin-2015',
        locator: 'Asia-Plus, 30/09/2015',
      },
      {
        source: 'xinhua-chinagate-upper-house-troops-2015',
        locator: 'Xinhua, 30 September 2015',
      },
      {
        source: 'realrussiatoday-putin-withdraw-2016',
        locator: "'Russia launched a military air campaign in Syria on September 30 last year'",
      },
      {
        source: 'chinagate-xinhua-2015-russian-parliament-approves-syria',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'newshub-2015-syrian-air-strikes-approved',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "unfootnoted paragraphs on the 1980 treaty ('2015 Soviet intervention') and the closing paragraph",
      },
    ],
    confidence: 'verified',
    note: "No end date given: Russia's campaign in support of the Assad government ended with its fall on 8 December 2024, but Russian forces stayed at Hmeimim and Tartus. The article calls it the '2015 Soviet intervention' (the USSR no longer existed) and says it was justified by the 1980 treaty's clauses; the Russian statements read cite Assad's request, not the treaty.",
  },
  {
    id: 'event-2015-10-07-caspian-kalibr-strike',
    start: '2015-10-07',
    kind: 'military-operation',
    title: {
      en: 'First Kalibr missile strike on Syria, from the Caspian',
      ru: 'Первый удар ракетами «Калибр» по Сирии из Каспийского моря',
      ar: 'أول ضربة بصواريخ «كاليبر» على سوريا من بحر قزوين',
    },
    summary:
      'Four Caspian Flotilla ships (the Dagestan and three small missile ships) fired 26 Kalibr cruise missiles at 11 targets in Syria about 1,500 km away, the first combat use of the missile, Defence Minister Shoigu said.',
    people: ['sergei-shoigu'],
    sources: [
      {
        source: 'welt-nahost-russische-waffen-2018',
        locator: 'paragraphs 1–2 (26 missiles, 7 October 2015, first launch of the Kalibr)',
      },
      {
        source: 'rufabula-kaspian-rockets-2015',
        locator: 'paragraphs 1–4 (ships named, 26 missiles at 11 targets, first combat use per Lenta.ru)',
      },
    ],
    confidence: 'verified',
    related: ['event-2015-09-30-russian-military-intervention'],
  },
  {
    id: 'event-2015-10-13-russian-embassy-shelled-during-rally',
    start: '2015-10-13',
    kind: 'other',
    title: {
      en: 'Russian embassy in Damascus shelled during pro-Russia rally',
      ar: 'سقوط قذيفتين على سفارة روسيا في دمشق',
      ru: 'Посольство России в Дамаске обстреляно во время пророссийского митинга',
    },
    summary:
      'Two shells struck the Russian embassy compound in Damascus as a few hundred Syrians gathered to thank Moscow for its air campaign; the embassy said none of its staff was hurt, and Lavrov called it a terrorist act.',
    people: ['sergey-lavrov'],
    sources: [
      {
        source: 'ynet-ap-insurgents-shell-russian-embassy-2015',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'rt-shells-outside-russian-embassy-damascus-2015',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'arabicpost-afp-shells-russian-embassy-2015',
        locator: 'paragraphs 1-3',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2015-10-20-us-russia-air-safety-memorandum-syria',
    start: '2015-10-20',
    kind: 'agreement',
    title: {
      en: 'US–Russian memorandum on air safety over Syria',
      ar: 'مذكرة تفاهم أمريكية روسية بشأن سلامة الطيران في أجواء سوريا',
      ru: 'Меморандум США и России о безопасности полётов над Сирией',
    },
    summary:
      'Three weeks into the Russian air campaign, the two defence ministries signed a memorandum setting rules for their aircrews, communication frequencies and a ground communication line to avoid incidents in Syrian airspace, without any cooperation on targets.',
    sources: [
      {
        source: 'censor-us-russia-mou-syria-air-space-2015',
        locator: 'paragraphs 1–5 (Pentagon statement)',
      },
      {
        source: 'rollcall-us-russia-memo-air-conflict-syria-2015',
        locator: 'Reuters quotation',
      },
      {
        source: 'shorouk-masress-russia-us-memorandum-2015',
        locator: 'whole item (Deputy Defence Minister Anatoly Antonov)',
      },
    ],
    confidence: 'verified',
    note: "At Russia's request the text was not published (Pentagon spokesman Peter Cook).",
    related: ['event-2015-09-30-russian-military-intervention'],
  },
  {
    id: 'event-2015-10-30-vienna-talks-on-syria',
    start: '2015-10-30',
    kind: 'diplomatic',
    title: {
      en: 'First Vienna talks on Syria, with Iran at the table',
      ar: 'أولى محادثات فيينا بشأن سوريا بمشاركة إيران',
      ru: 'Первые переговоры в Вене по Сирии — с участием Ирана',
    },
    summary:
      "Russia, the US, Iran, Saudi Arabia, Turkey and 12 other states, with the UN and EU, agreed in Vienna on common points including Syria's unity and secular character, intact state institutions and a UN-led political process, while disagreeing on Assad's fate.",
    people: ['sergey-lavrov'],
    sources: [
      {
        source: 'iranprimer-final-communique-vienna-2015',
        locator: 'introduction and text of the communiqué',
      },
      {
        source: 'albilad-sauress-vienna-talks-2015',
        locator: "paragraphs 1–3 (Lavrov: no agreement on Assad's fate)",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2015-11-14-issg-vienna-statement',
    start: '2015-11-14',
    kind: 'agreement',
    title: {
      en: 'Syria Support Group agrees a transition timetable',
      ar: 'مجموعة دعم سوريا تتفق على جدول زمني للمرحلة الانتقالية',
      ru: 'Группа поддержки Сирии согласовала график переходного периода',
    },
    summary:
      'Meeting in Vienna as the International Syria Support Group, Russia, the US and the other members agreed to work for a nationwide ceasefire, government–opposition talks by 1 January 2016, credible non-sectarian governance within six months and elections within 18 months, excluding ISIS and al-Nusra.',
    people: ['sergey-lavrov'],
    sources: [
      {
        source: 'eaworldview-statement-2nd-vienna-conference-2015',
        locator: 'text of the ISSG statement',
      },
      {
        source: 'aljazeera-diplomats-propose-syrian-elections-2017',
        locator: 'paragraphs 1–7',
      },
    ],
    confidence: 'verified',
    related: ['event-2015-10-30-vienna-talks-on-syria', 'event-2015-12-18-unsc-resolution-2254'],
  },
  {
    id: 'event-2015-11-17-strategic-bombers-first-strikes',
    start: '2015-11-17',
    kind: 'military-operation',
    title: {
      en: 'Russian strategic bombers strike Syria for the first time',
      ar: 'قاذفات استراتيجية روسية تشن أولى ضرباتها في سوريا',
      ru: 'Российские стратегические бомбардировщики впервые нанесли удары в Сирии',
    },
    summary:
      'Tu-160 and Tu-95MS strategic bombers, in their first combat use, and Tu-22M3 long-range bombers flying from Russia struck targets in Syria, firing 34 air-launched cruise missiles, the day Moscow confirmed that a bomb had downed the A321 airliner over Sinai.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'prokazan-tu160-strikes-syria-2015',
        locator: 'paragraphs 1–3 (first combat use of Tu-160 and Tu-95MS, citing RIA Novosti)',
      },
      {
        source: 'zerohedge-strategic-bombers-syria-2015',
        locator: 'paragraphs 3–5 (Shoigu and Zhikharev, quoting Interfax)',
      },
      {
        source: 'inforesist-video-udara-krylatymi-raketami-2015',
        locator: 'paragraph 3 (34 cruise missiles at Aleppo and Idlib provinces; Tu-22 at Raqqa and Deir ez-Zor)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2015-11-24-turkey-shoots-down-su-24',
    start: '2015-11-24',
    kind: 'military-operation',
    title: {
      en: 'Turkish F-16 shoots down a Russian Su-24 near the border',
      ru: 'Турецкий F-16 сбил российский Су-24 у сирийско-турецкой границы',
      ar: 'مقاتلة إف-16 تركية تسقط طائرة سو-24 روسية قرب الحدود',
    },
    summary:
      'A Turkish F-16 shot down a Russian Su-24M flying from Hmeimim; pilot Oleg Peshkov was shot dead by ground fire after ejecting, navigator Konstantin Murakhtin was rescued, and a Russian marine died in the rescue; Turkey said the jet had violated its airspace, which Moscow denied.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'worddisk-su-24-shootdown-2015',
        locator: 'lead and infobox',
      },
      {
        source: 'noticiabrasil-turquia-nao-pedira-desculpas-2015',
        locator: 'paragraphs 1–3 (Peshkov killed, Murakhtin rescued)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2015-11-26-s-400-deployed-hmeimim',
    start: '2015-11-26',
    kind: 'military-operation',
    title: {
      en: 'S-400 air-defence system deployed to Hmeimim',
      ru: 'ЗРК С-400 переброшен на авиабазу Хмеймим',
      ar: 'نشر منظومة الدفاع الجوي إس-400 في حميميم',
    },
    summary:
      "After the Su-24 shoot-down, Putin on 25 November approved the Defence Ministry's request to move S-400 systems to Hmeimim, and the ministry said on 26 November they had taken up combat duty there.",
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'govoritmoskva-s400-hmeimim-2015',
        locator: '25 November 2015, Peskov statement',
      },
      {
        source: 'radiosputnik-s400-hmeimim-2015',
        locator: 'paragraph 1 (Shoigu at the ministry board)',
      },
      {
        source: 'muslimpress-s400-hmeimim-2015',
        locator: 'paragraphs 1–2 (combat duty from Thursday 26 November)',
      },
    ],
    confidence: 'verified',
    related: ['event-2015-11-24-turkey-shoots-down-su-24'],
  },
  {
    id: 'event-2015-12-08-submarine-kalibr-strike',
    start: '2015-12-08',
    kind: 'military-operation',
    title: {
      en: 'First Kalibr strike on Syria from a submerged submarine',
      ar: 'أول ضربة بصواريخ كاليبر على سوريا من غواصة تحت سطح الماء',
      ru: 'Первый удар «Калибрами» по Сирии с подводной лодки из подводного положения',
    },
    summary:
      'The submarine Rostov-on-Don fired Kalibr cruise missiles from a submerged position in the Mediterranean at Islamic State targets around Raqqa, the first such combat launch, as Shoigu reported to Putin, who noted the missile could carry a nuclear warhead.',
    people: ['sergei-shoigu', 'vladimir-putin'],
    sources: [
      {
        source: '1776coalition-ap-first-from-submarine-2015',
        locator: "paragraphs 1–3 (AP, published 9 December: 'said Tuesday')",
      },
      {
        source: 'karmelna-rt-submarine-kalibr-2015',
        locator: 'paragraphs 1–3 (Tuesday 8 December)',
      },
    ],
    confidence: 'verified',
    related: ['event-2015-10-07-caspian-kalibr-strike'],
  },
  {
    id: 'event-2015-12-18-unsc-resolution-2254',
    start: '2015-12-18',
    kind: 'diplomatic',
    title: {
      en: 'Security Council adopts resolution 2254, Syria road map',
      ar: 'مجلس الأمن يعتمد القرار 2254، خريطة طريق لسوريا',
      ru: 'Совет Безопасности ООН принял резолюцию 2254 — дорожную карту по Сирии',
    },
    summary:
      'After a third ISSG meeting in New York, the Security Council, Russia voting in favour, unanimously endorsed the Geneva communiqué and the Vienna statements as the basis for a Syrian-led transition, with UN-facilitated talks from early January, new governance in six months and elections within 18 months.',
    people: ['sergey-lavrov'],
    sources: [
      {
        source: 'un-press-sc12171-2015',
        locator: 'headline and paragraphs 1–4',
      },
      {
        source: 'eir-unsc-resolution-2254-2015',
        locator: "paragraphs 1 and 3 (Lavrov's remarks)",
      },
      {
        source: 'globalr2p-resolution-2254',
        locator: 'whole entry',
      },
    ],
    confidence: 'verified',
    related: ['event-2015-11-14-issg-vienna-statement'],
  },
  {
    id: 'event-2016-01-destruction-of-syrias-declared-chemical-weapons-completed',
    start: '2016-01',
    kind: 'other',
    title: {
      en: 'All chemical weapons Syria declared are destroyed',
      ar: 'تدمير جميع الأسلحة الكيميائية التي أعلنتها سوريا',
      ru: 'Всё заявленное Сирией химическое оружие уничтожено',
    },
    summary:
      "The OPCW announced that the US firm Veolia had destroyed the last 75 hydrogen-fluoride cylinders in Texas, completing the destruction of every chemical weapon Syria declared under the 2013 US–Russian deal, though it was still checking Syria's declaration and investigating new chemical attacks.",
    sources: [
      {
        source: 'globalbiodefense-destruction-completed-syria-cw-2016',
        locator: "paragraphs 1–5 (OPCW announcement 'today', 4 January 2016)",
      },
      {
        source: 'alaraby-syria-chemical-stash-destroyed-2016',
        locator: 'paragraphs 1–5',
      },
      {
        source: 'ap-ksl-last-syrian-chemical-weapons-destroyed-2016',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'verified',
    note: "The OPCW's announcement is dated 4 January 2016 and its spokesman spoke on 5 January; the day the last cylinders were destroyed is not given, so only the month is recorded.",
    continues: 'event-2013-09-14-framework-elimination-syrian-chemical-weapons',
    related: ['event-2014-08-18-cape-ray-completes-destruction'],
  },
  {
    id: 'event-2016-02-03-geneva-talks-suspended-amid-russian-strikes',
    start: '2016-02-03',
    kind: 'diplomatic',
    title: {
      en: 'UN suspends Geneva talks as Russian-backed push nears Aleppo',
      ar: 'الأمم المتحدة تعلّق محادثات جنيف مع اقتراب هجوم مدعوم روسياً من حلب',
      ru: 'ООН приостановила переговоры в Женеве на фоне приближения поддержанного Россией наступления к Алеппо',
    },
    summary:
      "After a week of failed preparatory talks, UN envoy Staffan de Mistura paused the Geneva negotiations until 25 February as Syrian troops, helped by days of Russian air strikes, cut the rebels' last supply route from Aleppo to Turkey; Lavrov said the strikes would not stop.",
    people: ['sergey-lavrov'],
    sources: [
      {
        source: 'thenational-un-suspends-syrian-talks-2016',
        locator: 'paragraphs 1–5',
      },
      {
        source: 'japantimes-syrian-peace-talks-halted-2016',
        locator: 'paragraphs 1–10 (Lavrov quote)',
      },
      {
        source: 'almasryalyoum-de-mistura-suspends-talks-2016',
        locator: 'whole item (UN official: talks paused over Russian escalation)',
      },
    ],
    confidence: 'verified',
    related: [
      'event-2015-12-18-unsc-resolution-2254',
      'event-2016-02-11-issg-munich-cessation-of-hostilities-commitment',
    ],
  },
  {
    id: 'event-2016-02-11-issg-munich-cessation-of-hostilities-commitment',
    start: '2016-02-11',
    kind: 'agreement',
    title: {
      en: 'Munich ISSG meeting agrees to seek a truce',
      ar: 'اجتماع المجموعة الدولية لدعم سوريا في ميونيخ يتفق على السعي إلى هدنة',
      ru: 'Встреча Международной группы поддержки Сирии в Мюнхене: договорённость добиваться перемирия',
    },
    summary:
      'After talks in Munich on 11–12 February co-chaired by Lavrov and Kerry, the International Syria Support Group agreed that humanitarian access to besieged areas would start that week and that a task force would work out within a week the terms of a nationwide cessation of hostilities, excluding ISIS and al-Nusra.',
    people: ['sergey-lavrov'],
    sources: [
      {
        source: 'reuters-kerry-cessation-agreed-munich-2016',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'state-blog-issg-munich-2016',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'elkhabar-munich-ceasefire-2016',
        locator: 'whole item (Lavrov quotes)',
      },
    ],
    confidence: 'verified',
    note: 'The ISSG statement is dated 11 February 2016 (as resolution 2268 cites it), but the talks ran past midnight and it was announced in the early hours of 12 February.',
    related: ['event-2016-02-22-us-russia-cessation-of-hostilities'],
    end: '2016-02-12',
  },
  {
    id: 'event-2016-02-22-us-russia-cessation-of-hostilities',
    start: '2016-02-22',
    kind: 'agreement',
    title: {
      en: 'Russia and the US announce a cessation of hostilities in Syria',
      ar: 'روسيا والولايات المتحدة تعلنان وقف الأعمال العدائية في سوريا',
      ru: 'Россия и США объявляют о прекращении боевых действий в Сирии',
    },
    summary:
      'As co-chairs of the International Syria Support Group, Russia and the US adopted terms for a nationwide cessation of hostilities to start at 00:00 Damascus time on 27 February 2016, excluding ISIS, Jabhat al-Nusra and other UN-designated terrorist groups.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'kremlin-putin-statement-cessation-hostilities-2016',
        locator: "Putin's statement",
      },
      {
        source: 'voa-cessation-of-hostilities-syria-2016',
        locator: "first paragraph: 'On February 22...'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2016-02-23-reconciliation-centre-opens-at-hmeimim',
    start: '2016-02-23',
    kind: 'military-operation',
    title: {
      en: 'Russian reconciliation centre opens at Hmeimim',
      ar: 'افتتاح مركز المصالحة الروسي في حميميم',
      ru: 'В Хмеймиме открылся российский центр по примирению',
    },
    short: {
      en: 'Reconciliation centre',
    },
    summary:
      'Under the Russian–US cessation-of-hostilities terms of 22 February, the Russian Defence Ministry set up a centre at Hmeimim to reconcile the warring sides, monitor the truce, broker local deals with armed groups and organise aid deliveries.',
    sources: [
      {
        source: 'chinagate-xinhua-ceasefire-coordination-center-2016',
        locator: 'paragraphs 1-4',
      },
      {
        source: 'sputnik-fr-centre-coordination-hmeimim-2016',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'topwar-hmeimim-coordination-center-2016',
        locator: 'paragraphs 1-3',
      },
    ],
    confidence: 'verified',
    related: ['event-2016-02-22-us-russia-cessation-of-hostilities'],
    note: 'Xinhua says the ministry announced it on Tuesday, 23 February 2016.',
  },
  {
    id: 'event-2016-02-26-unsc-resolution-2268-endorses-ceasefire',
    start: '2016-02-26',
    kind: 'diplomatic',
    title: {
      en: 'Resolution 2268 endorses the US–Russian Syria truce',
      ar: 'القرار 2268 يؤيد الهدنة الأمريكية الروسية في سوريا',
      ru: 'Резолюция 2268 одобрила американо-российское перемирие в Сирии',
    },
    summary:
      'An hour before it took effect, the Security Council unanimously endorsed in full the US–Russian joint statement of 22 February on a cessation of hostilities in Syria, on a text put forward by Russia and the United States, and demanded that all parties honour it.',
    sources: [
      {
        source: 'un-press-sc12261-2016',
        locator: 'SC/12261, paragraphs 1–3',
      },
      {
        source: 'asil-unsc-endorses-cessation-hostilities-2016',
        locator: 'whole post',
      },
      {
        source: 'arabicpost-ceasefire-security-council-2016',
        locator: 'paragraphs 1–2 (joint Russian–US draft)',
      },
    ],
    confidence: 'verified',
    related: ['event-2016-02-22-us-russia-cessation-of-hostilities'],
  },
  {
    id: 'event-2016-03-14-putin-orders-partial-withdrawal',
    start: '2016-03-14',
    kind: 'military-operation',
    title: {
      en: 'Putin orders withdrawal of the main part of Russian forces from Syria',
      ar: 'بوتين يأمر بسحب الجزء الرئيسي من القوات الروسية من سوريا',
      ru: 'Путин отдал приказ о выводе основной части российской группировки из Сирии',
    },
    summary:
      "Meeting Lavrov and Shoigu, Putin said the Defence Ministry's tasks were broadly accomplished and ordered the withdrawal of the main part of the Russian group from 15 March, while Hmeimim and Tartus would continue to operate; the Kremlin said the decision was agreed with Assad.",
    people: ['vladimir-putin', 'sergey-lavrov', 'bashar-al-assad'],
    sources: [
      {
        source: 'realrussiatoday-putin-withdraw-2016',
        locator: 'first paragraphs',
      },
      {
        source: 'akhbarelyom-putin-withdrawal-2016',
        locator: 'Arabic report',
      },
      {
        source: 'freenews-putin-shoigu-withdrawal-2016',
        locator: 'TASS-based report, 14 March',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2016-03-17-prokhorenko-killed-near-palmyra',
    start: '2016-03-17',
    kind: 'military-operation',
    title: {
      en: 'Russian officer Prokhorenko killed near Palmyra',
      ru: 'Гибель старшего лейтенанта Александра Прохоренко под Пальмирой',
      ar: 'مقتل الضابط الروسي بروخورينكو قرب تدمر',
    },
    summary:
      'Senior Lieutenant Alexander Prokhorenko of the Special Operations Forces, who had spent a week behind Islamic State lines directing Russian air strikes near Palmyra, called fire onto his own position when surrounded; he was made a Hero of Russia and his body was returned in April 2016.',
    people: ['alexander-prokhorenko'],
    sources: [
      {
        source: 'lifenews-telo-prokhorenko-2016',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'vedomosti-imya-pogibshego-spetsnazovtsa-2016',
        locator: 'paragraphs 1–3',
      },
      {
        source: '1tv-telo-prokhorenko-2016',
        locator: 'paragraphs 1–2',
      },
    ],
    confidence: 'verified',
    related: ['event-2016-03-27-palmyra-retaken'],
  },
  {
    id: 'event-2016-03-27-palmyra-retaken',
    start: '2016-03-27',
    kind: 'military-operation',
    title: {
      en: 'Syrian army retakes Palmyra with Russian air support',
      ru: 'Сирийская армия при поддержке ВКС России освободила Пальмиру',
      ar: 'الجيش السوري يستعيد تدمر بدعم جوي روسي',
    },
    summary:
      'Syrian government forces, backed by Russian airstrikes and Russian special forces, recaptured Palmyra from the Islamic State, which had held it since May 2015, ending an offensive begun on 9 March.',
    sources: [
      {
        source: 'armyrecognition-palmyra-retaken-2016',
        locator: 'paragraphs 1 and 5 (Sunday 27 March; Russian strike figures)',
      },
      {
        source: 'kampuspedia-palmyra-offensive-march-2016',
        locator: 'infobox and lead (9–27 March 2016; Russian commanders)',
      },
      {
        source: 'dp-shoigu-palmira-2017',
        locator: "paragraph 3 (27 March 2016, Pal'myra cleared with Russian air support)",
      },
    ],
    confidence: 'verified',
    related: ['event-2016-03-14-putin-orders-partial-withdrawal'],
  },
  {
    id: 'event-2016-05-05-mariinsky-concert-in-palmyra',
    start: '2016-05-05',
    kind: 'other',
    title: {
      en: "Mariinsky orchestra plays in Palmyra's Roman theatre",
      ar: 'أوركسترا مسرح ماريينسكي تعزف في المسرح الروماني بتدمر',
      ru: 'Оркестр Мариинского театра выступил в римском театре Пальмиры',
    },
    short: {
      en: 'Palmyra concert',
    },
    summary:
      "Weeks after Syrian forces retook Palmyra with Russian air support, Valery Gergiev led the Mariinsky Theatre orchestra in a 'Prayer for Palmyra' concert in the amphitheatre where the Islamic State had staged executions, before Russian troops and Syrian officials; Putin opened it by video link from Sochi.",
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'tass-mariinsky-orchestra-to-perform-in-palmyra-2016',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'rudaw-russian-symphony-concert-palmyra-2016',
        locator: 'paragraphs 1-5',
      },
      {
        source: 'ruptly-gergiev-praying-for-palmyra-2016',
        locator: 'paragraphs 1-4',
      },
    ],
    confidence: 'verified',
    related: ['event-2016-03-27-palmyra-retaken', 'event-2016-03-17-prokhorenko-killed-near-palmyra'],
  },
  {
    id: 'event-2016-08-01-mi-8-shot-down-idlib',
    start: '2016-08-01',
    kind: 'military-operation',
    title: {
      en: 'Russian Mi-8 shot down over Idlib, five killed',
      ar: 'إسقاط مروحية مي-8 روسية فوق إدلب ومقتل خمسة',
      ru: 'Над Идлибом сбит российский Ми-8, погибли пять человек',
    },
    summary:
      'A Russian Mi-8 transport helicopter returning to Hmeimim was shot down from the ground over Idlib province, killing its three crew and two officers, the heaviest single Russian loss in Syria to that date; Moscow said it had been delivering aid to Aleppo.',
    sources: [
      {
        source: 'buzzfeed-russian-helicopter-shot-down-2016',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'newnation-bbc-russian-copter-shot-down-2016',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'verified',
    note: 'Images of the wreckage showed rocket pods, which led observers to question the aid mission.',
  },
  {
    id: 'event-2016-08-16-strikes-from-hamadan-iran',
    start: '2016-08-16',
    kind: 'military-operation',
    title: {
      en: "Russian bombers strike Syria from Iran's Hamadan air base",
      ar: 'قاذفات روسية تضرب سوريا من قاعدة همدان الجوية الإيرانية',
      ru: 'Российские бомбардировщики нанесли удары по Сирии с иранской авиабазы Хамадан',
    },
    summary:
      'Tu-22M3 long-range bombers and Su-34s based at Hamadan in Iran struck Islamic State and Nusra Front targets in Aleppo, Deir ez-Zor and Idlib provinces, the first Russian strikes on Syria flown from Iranian territory; on 22 August Iran said the use of the base was over for now, and the Russian aircraft returned home.',
    sources: [
      {
        source: 'uawire-airstrikes-from-iranian-base-2016',
        locator: 'paragraphs 1–3 (Defence Ministry statement, Interfax)',
      },
      {
        source: 'zeenews-warplanes-bomb-syria-iranian-base-2016',
        locator: 'paragraphs 1–2 (AFP)',
      },
      {
        source: 'dailybeast-russia-stops-using-iran-base-2016',
        locator: 'paragraph 1 (Iranian Foreign Ministry, Monday)',
      },
      {
        source: 'alert5-russia-withdrawn-warplanes-iran-2016',
        locator: 'paragraphs 1–2 (Konashenkov)',
      },
    ],
    confidence: 'verified',
    end: '2016-08-22',
  },
  {
    id: 'event-2016-08-19-syria-roscosmos-space-cooperation-agreement',
    start: '2016-08-19',
    kind: 'agreement',
    title: {
      en: 'Syria and Roscosmos sign space and remote-sensing agreement',
      ar: 'سوريا وروس كوسموس توقعان اتفاقية في مجال الفضاء والاستشعار عن بعد',
      ru: 'Сирия и Роскосмос подписали соглашение в области космоса и дистанционного зондирования',
    },
    summary:
      "In Moscow, Osama al-Ammar, director-general of Syria's General Authority for Remote Sensing, and Roscosmos head Igor Komarov signed an agreement on scientific cooperation in space technology and remote sensing.",
    sources: [
      {
        source: 'sana-syria-russia-space-technology-agreement-2016',
        locator: 'paragraphs 1-2 (signed on Friday)',
      },
      {
        source: 'wikizero-syrian-space-agency',
        locator: "section 'History', second item (19 August 2016)",
      },
    ],
    confidence: 'reported',
    note: 'The Wikipedia entry rests on the SANA report, so the two are not independent; the day comes from its citation of SANA.',
  },
  {
    id: 'event-2016-09-09-kerry-lavrov-geneva-syria-deal',
    start: '2016-09-09',
    end: '2016-09-10',
    kind: 'agreement',
    title: {
      en: 'Kerry and Lavrov agree a new Syria ceasefire plan in Geneva',
      ar: 'كيري ولافروف يتفقان في جنيف على خطة جديدة لوقف إطلاق النار في سوريا',
      ru: 'Керри и Лавров согласовали в Женеве новый план прекращения огня в Сирии',
    },
    summary:
      'After some 13 hours of talks in Geneva, Lavrov and Kerry announced five documents providing for a nationwide truce from sundown on 12 September, aid access including to Aleppo, and, after seven days of calm, a joint implementation centre to coordinate Russian and US strikes on ISIS and the former al-Nusra Front.',
    people: ['sergey-lavrov'],
    sources: [
      {
        source: 'reuters-in-us-russia-hail-syria-deal-2016',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'asianews-us-russia-ceasefire-agreement-2016',
        locator: 'paragraphs 1–8',
      },
      {
        source: 'kazinform-kerry-lavrov-new-ceasefire-plan-2016',
        locator: 'paragraphs 1–6',
      },
    ],
    confidence: 'verified',
    note: 'Talks began on the morning of 9 September and the deal was announced around midnight; Reuters reports it as reached on Saturday 10 September.',
    related: [
      'event-2016-02-22-us-russia-cessation-of-hostilities',
      'event-2016-09-19-syrian-army-declares-truce-over',
    ],
  },
  {
    id: 'event-2016-09-19-aid-convoy-strike-urum-al-kubra',
    start: '2016-09-19',
    kind: 'military-operation',
    title: {
      en: 'Strike on UN aid convoy near Aleppo; US blames Russia',
      ar: 'ضربة على قافلة مساعدات أممية قرب حلب؛ واشنطن تحمّل روسيا المسؤولية',
      ru: 'Удар по гуманитарному конвою ООН под Алеппо; США обвиняют Россию',
    },
    summary:
      'Hours after a US–Russian-brokered ceasefire collapsed, an air strike hit a UN and Syrian Arab Red Crescent convoy at Urum al-Kubra west of Aleppo, destroying at least 18 of 31 trucks and killing about 20 people; US officials blamed two Russian Su-24s, while Moscow denied that Russian or Syrian aircraft had struck it.',
    sources: [
      {
        source: 'independent-us-claims-russian-warplanes-convoy-2016',
        locator: 'paragraphs 1–5',
      },
      {
        source: 'thenewmail-upi-russia-denies-convoy-2016',
        locator: 'paragraphs 1–5 (Konashenkov statement)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'summary',
        value:
          'Russian and Syrian warplanes did not strike the convoy, which caught fire as militants began an offensive',
        sources: [
          {
            source: 'thenewmail-upi-russia-denies-convoy-2016',
            locator: 'Konashenkov statement',
          },
        ],
        note: 'Responsibility is disputed: the United States blamed Russian aircraft, Russia denied any air strike.',
      },
    ],
  },
  {
    id: 'event-2016-09-19-syrian-army-declares-truce-over',
    start: '2016-09-19',
    kind: 'war',
    title: {
      en: 'Syrian army declares the US–Russian truce over',
      ar: 'الجيش السوري يعلن انتهاء الهدنة الأمريكية الروسية',
      ru: 'Сирийская армия объявила о прекращении американо-российского перемирия',
    },
    summary:
      "A week after it began, the Syrian military declared the truce brokered by Washington and Moscow at an end, accusing 'armed terrorist groups' of some 300 violations; the State Department said its arrangement was with Russia, which was responsible for the Syrian government's compliance, and an aid convoy near Aleppo was struck that evening.",
    sources: [
      {
        source: 'rferl-aid-convoy-bombed-truce-end-2016',
        locator: 'paragraphs 1 and 5–7 (Syrian military statement; Kirby)',
      },
      {
        source: 'reuters-yahoo-air-strikes-aid-convoy-2016',
        locator: 'paragraphs 1 and 6 (army statement, 300 violations)',
      },
    ],
    confidence: 'verified',
    related: ['event-2016-09-09-kerry-lavrov-geneva-syria-deal'],
  },
  {
    id: 'event-2016-10-syria-agrees-to-buy-1-million-tonnes-russian-wheat',
    start: '2016-10',
    kind: 'economic',
    title: {
      en: 'Syria agrees to buy 1 million tonnes of Russian wheat',
      ar: 'سوريا توافق على شراء 1 مليون طن من القمح الروسي',
      ru: 'Сирия согласилась купить 1 млн тонн российской пшеницы',
    },
    summary:
      "After a sharp fall in its harvest, Syria's state grain buyer Hoboob agreed with a little-known firm to buy 1 million tonnes of Russian wheat to avert bread shortages in government-held areas; by early 2017 the deal had not been fulfilled.",
    sources: [
      {
        source: 'foodnavigator-syria-turns-russian-wheat-2017',
        locator: 'paragraphs 4–6 (Reuters: October deal, not yet fulfilled)',
      },
      {
        source: 'sputnikarabic-syria-six-wheat-contracts-2017',
        locator: 'last paragraph (agreement in October to buy one million tonnes of Russian wheat)',
      },
    ],
    confidence: 'reported',
    note: 'Both pages rest on Reuters reporting.',
  },
  {
    id: 'event-2016-10-s-300-deployed-tartus',
    start: '2016-10',
    kind: 'military-operation',
    title: {
      en: 'Russia sends an S-300 battery to guard Tartus',
      ar: 'روسيا ترسل بطارية إس-300 لحماية طرطوس',
      ru: 'Россия направила батарею С-300 для защиты Тартуса',
    },
    summary:
      'In early October 2016 the Russian Defence Ministry confirmed that it had sent an S-300 air-defence battery to Syria to protect the Tartus facility and Russian ships off the coast.',
    sources: [
      {
        source: 'rferl-tartus-permanent-naval-base-2016',
        locator: "paragraph 5 ('Last week, Russia confirmed it had sent an S-300')",
      },
      {
        source: 'noticiabrasil-base-naval-siria-2016',
        locator: 'paragraph 3',
      },
    ],
    confidence: 'verified',
    note: 'This Russian-operated battery is distinct from the S-300 systems handed to the Syrian army in October 2018.',
  },
  {
    id: 'event-2016-10-03-us-suspends-syria-talks-with-russia',
    start: '2016-10-03',
    kind: 'diplomatic',
    title: {
      en: 'US suspends bilateral talks with Russia on Syria',
      ar: 'الولايات المتحدة تعلّق المحادثات الثنائية مع روسيا بشأن سوريا',
      ru: 'США приостановили двусторонние переговоры с Россией по Сирии',
    },
    summary:
      'Accusing Moscow of failing to meet its commitments under the 9 September deal as Russian and Syrian bombing of Aleppo intensified, the State Department suspended the bilateral channels set up to sustain the cessation of hostilities and withdrew staff from the planned joint centre, keeping only deconfliction contacts.',
    sources: [
      {
        source: 'usatoday-us-suspends-talks-russia-syria-2016',
        locator: 'paragraphs 1–5',
      },
      {
        source: 'cnn-us-suspends-talks-russia-syria-2016',
        locator: 'story highlights and paragraphs 1–3',
      },
      {
        source: 'vov-us-suspends-syria-ceasefire-talks-2016',
        locator: 'paragraphs 1–4 (Zakharova reply)',
      },
    ],
    confidence: 'verified',
    note: 'The same day Moscow announced it was suspending a US–Russian agreement on cooperation in arms reduction (CNN).',
    related: ['event-2016-09-09-kerry-lavrov-geneva-syria-deal'],
  },
  {
    id: 'event-2016-10-08-veto-s-2016-846',
    start: '2016-10-08',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2016/846 on Syria (Aleppo bombardment)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2016/846 بشأن سوريا (قصف حلب)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2016/846 по Сирии (бомбардировки Алеппо)',
    },
    summary:
      "Russia vetoed a France–Spain draft demanding an immediate end to all aerial bombardment and military flights over Aleppo (vote 11–2–2, Venezuela also voting against); China abstained. Russia's rival draft S/2016/847 then failed 4–9–2.",
    sources: [
      {
        source: 'un-press-sc12545-2016',
        locator: 'SC/12545, 7785th meeting',
      },
      {
        source: 'voltairenet-spv-2016-10-08',
        locator: "President's statement: 'documents S/2016/846 and S/2016/847'",
      },
      {
        source: 'rferl-russia-vetos-france-aleppo-2016',
        locator: 'first paragraphs',
      },
      {
        source: 'ipfs-wikipedia-vetoed-un-resolutions-syria',
        locator: "table row '8 October 2016 S/2016/846'",
      },
    ],
    confidence: 'verified',
    note: 'Counter-draft S/2016/847 (Russia) received 4 in favour (China, Egypt, Russia, Venezuela), 9 against, 2 abstentions (UN SC/12545).',
  },
  {
    id: 'event-2016-10-10-pankov-permanent-tartus-base',
    start: '2016-10-10',
    kind: 'basing',
    title: {
      en: 'Russia announces a permanent naval base at Tartus',
      ru: 'Россия объявила о создании постоянной военно-морской базы в Тартусе',
      ar: 'روسيا تعلن إقامة قاعدة بحرية دائمة في طرطوس',
    },
    summary:
      'Deputy Defence Minister Nikolai Pankov told the Federation Council that Russia would have a permanent naval base at Tartus, that the documents were in inter-agency approval and that senators would soon be asked to ratify them.',
    sources: [
      {
        source: 'rferl-tartus-permanent-naval-base-2016',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'afn-tartus-postoyannaya-baza-2016',
        locator: 'paragraphs 1–3 (quoting TASS)',
      },
      {
        source: 'noticiabrasil-base-naval-siria-2016',
        locator: 'paragraph 1',
      },
    ],
    confidence: 'verified',
    related: ['event-2017-01-18-tartus-naval-facility-agreement'],
  },
  {
    id: 'event-2016-10-14-hmeimim-agreement-ratified',
    start: '2016-10-14',
    kind: 'basing',
    title: {
      en: 'Putin signs law ratifying the Hmeimim air group agreement',
      ar: 'بوتين يوقع قانون التصديق على اتفاقية المجموعة الجوية في حميميم',
      ru: 'Путин подписал закон о ратификации соглашения об авиагруппе в Хмеймиме',
    },
    summary:
      'After the Duma (7 October) and Federation Council (12 October) approved it, Putin signed the law ratifying the open-ended 2015 agreement on the Russian air group at Hmeimim.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'spektr-putin-zakon-aviatsiya-siria-2016',
        locator: "'14 октября подписал закон'",
      },
      {
        source: 'grozny-tv-zakon-aviagruppa-2016',
        locator: 'Duma 7 October, Federation Council 12 October 2016',
      },
      {
        source: 'kasparov-ru-ratifikatsiya-aviagruppa-2016',
        locator: "'сообщается 14 октября на сайте Кремля'",
      },
    ],
    confidence: 'verified',
    note: "Kasparov.ru gives 8 October for the Duma vote; Grozny TV and Spektr give 7 October. Al-Alam (not cited) says Putin signed 'on Thursday', i.e. 13 October.",
    continues: 'event-2015-08-26-hmeimim-air-group-agreement',
  },
  {
    id: 'event-2016-10-15-admiral-kuznetsov-deployment',
    start: '2016-10-15',
    end: '2017-01-06',
    kind: 'military-operation',
    title: {
      en: "Carrier Admiral Kuznetsov's deployment off Syria",
      ru: 'Поход авианосца «Адмирал Кузнецов» к берегам Сирии',
      ar: 'مهمة حاملة الطائرات «الأميرال كوزنيتسوف» قبالة سوريا',
    },
    summary:
      "Russia's only aircraft carrier sailed from the Kola Bay for the eastern Mediterranean, entered combat over Syria on 15 November 2016 and lost a MiG-29K and a Su-33 in landing accidents; on 6 January 2017 Gerasimov announced that its group would be the first to leave as Russia reduced its forces in Syria.",
    sources: [
      {
        source: 'thefuldagap-show-of-farce-2017',
        locator: 'paragraph 1 (sailed 15 October 2016)',
      },
      {
        source: 'ctrana-kuznetsov-pokidaet-siriyu-2017',
        locator: 'paragraphs 1–3 and closing note (combat from 15 November 2016; two fighters lost)',
      },
      {
        source: 'fakty-kuznetsov-pokidayut-siriyu-2017',
        locator: 'paragraphs 1–3 (Gerasimov, Friday 6 January)',
      },
      {
        source: 'su27flanker-kuznetsov-second-aircraft-2016',
        locator: 'paragraphs 1–2 (MiG-29KR and Su-33 losses)',
      },
    ],
    confidence: 'verified',
    note: "Sources give 13 or 14 November for the MiG-29K loss and 3, 4 or 5 December for the Su-33 loss. The end date is the start of the group's withdrawal; it reached Severomorsk later.",
  },
  {
    id: 'event-2016-12-05-veto-aleppo-seven-day-truce',
    start: '2016-12-05',
    kind: 'veto',
    title: {
      en: 'Russian veto of a Security Council draft resolution on Syria (seven-day truce in Aleppo)',
      ar: 'الفيتو الروسي على مشروع قرار لمجلس الأمن بشأن سوريا (هدنة سبعة أيام في حلب)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН по Сирии (семидневное перемирие в Алеппо)',
    },
    summary:
      'Russia and China vetoed an Egypt–New Zealand–Spain draft that would have required all parties to cease attacks in Aleppo for seven days to allow humanitarian access (vote 11–3–1, Venezuela also against, Angola abstaining; China also vetoed).',
    people: ['vitaly-churkin'],
    sources: [
      {
        source: 'un-news-55721-aleppo-2016',
        locator: 'UN News Centre story, 5 December 2016',
      },
      {
        source: 'trt-russia-china-veto-aleppo-2016',
        locator: 'first paragraphs',
      },
    ],
    confidence: 'verified',
    note: "No page read showed the draft's symbol, so it is left out of the title. TRT counts this as Russia's sixth Syria veto and China's fifth.",
  },
  {
    id: 'event-2016-12-05-russian-field-hospital-aleppo-shelled',
    start: '2016-12-05',
    kind: 'military-operation',
    title: {
      en: 'Shelling of Russian field hospital in Aleppo kills 2 medics',
      ar: 'قصف مستشفى ميداني روسي في حلب يقتل 2 من المسعفين',
      ru: 'Обстрел российского полевого госпиталя в Алеппо: погибли 2 медика',
    },
    summary:
      'Mortar fire hit the admissions ward of a Russian military mobile hospital opened hours earlier in Aleppo, killing two Russian servicewomen medics, Nadezhda Durachenko and Galina Mikhailova, and wounding a military paediatrician and local patients; the Defence Ministry blamed rebels and their Western backers.',
    sources: [
      {
        source: 'ntv-obstrel-gospitalya-aleppo-2016',
        locator: 'item of 5 December 2016',
      },
      {
        source: 'jpnews-russian-military-hospital-aleppo-shelled-2016',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'monomah-durachenko-mikhailova-2016',
        locator: 'paragraph 1 (names)',
      },
      {
        source: 'noticiabrasil-ataque-hospital-russo-aleppo-2016',
        locator: 'paragraph 1',
      },
    ],
    confidence: 'verified',
    related: ['event-2016-12-22-aleppo-retaken'],
  },
  {
    id: 'event-2016-12-11-islamic-state-retakes-palmyra',
    start: '2016-12-11',
    kind: 'military-operation',
    title: {
      en: 'Islamic State retakes Palmyra despite Russian air strikes',
      ar: 'تنظيم الدولة الإسلامية يستعيد تدمر رغم الغارات الروسية',
      ru: '«Исламское государство» вновь захватило Пальмиру, несмотря на российские авиаудары',
    },
    summary:
      'The Islamic State recaptured Palmyra from Syrian government forces, which had driven it out in March 2016; the Russian Defence Ministry said its jets had flown 64 strikes around the city and killed more than 300 militants.',
    sources: [
      {
        source: 'jpost-reuters-isis-palmyra-castle-2016',
        locator: 'paragraphs 1–3 (Reuters, Sunday 11 December)',
      },
      {
        source: 'theweek-is-retakes-palmyra-2016',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'verified',
    related: ['event-2016-03-27-palmyra-retaken', 'event-2017-03-02-palmyra-retaken-again'],
  },
  {
    id: 'event-2016-12-13-russia-turkey-aleppo-evacuation-deal',
    start: '2016-12-13',
    kind: 'agreement',
    title: {
      en: 'Russia and Turkey broker the evacuation of eastern Aleppo',
      ar: 'روسيا وتركيا ترعيان إجلاء شرق حلب',
      ru: 'Россия и Турция добились договорённости об эвакуации из Восточного Алеппо',
    },
    summary:
      'On the night of 13 December Russia and Turkey brokered a ceasefire for civilians and rebel fighters to leave besieged eastern Aleppo; when it stalled the next day over new Iranian conditions, Putin and Erdoğan agreed by phone on 14 December to start the evacuation as soon as possible.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'reuters-putin-erdogan-evacuate-east-aleppo-2016',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'app-timesofislamabad-erdogan-telephones-putin-2016',
        locator: 'paragraphs 1–5 (Peskov confirmation)',
      },
      {
        source: 'trtworld-erdogan-putin-evacuation-aleppo-2016',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'verified',
    related: ['event-2016-12-22-aleppo-retaken', 'event-2016-12-29-russia-turkey-nationwide-ceasefire'],
  },
  {
    id: 'event-2016-12-19-karlov-assassinated-over-aleppo',
    start: '2016-12-19',
    kind: 'death',
    title: {
      en: 'Russian ambassador Karlov shot dead in Ankara over Aleppo',
      ar: 'مقتل السفير الروسي كارلوف بالرصاص في أنقرة على خلفية حلب',
      ru: 'Посол России Карлов застрелен в Анкаре из-за Алеппо',
    },
    summary:
      "An off-duty Turkish riot policeman shot dead Andrei Karlov, Russia's ambassador to Turkey, at an Ankara art gallery, shouting 'Don't forget Aleppo, don't forget Syria' in protest at Russia's role in the Syrian war; police killed the gunman.",
    people: ['andrei-karlov'],
    sources: [
      {
        source: 'portlandmercury-guardian-karlov-assassinated-2016',
        locator: 'paragraph 1',
      },
      {
        source: 'maghress-alaoual-karlov-assassinated-2016',
        locator: 'paragraph 1 and list of first details',
      },
      {
        source: 'thehilltalk-gunman-assassinates-russian-ambassador-2016',
        locator: 'paragraphs 1-5',
      },
    ],
    confidence: 'verified',
    related: ['event-2016-12-22-aleppo-retaken', 'event-2016-12-13-russia-turkey-aleppo-evacuation-deal'],
  },
  {
    id: 'event-2016-12-20-moscow-declaration-russia-iran-turkey',
    start: '2016-12-20',
    kind: 'agreement',
    title: {
      en: 'Moscow Declaration of Russia, Iran and Turkey',
      ar: 'إعلان موسكو الصادر عن روسيا وإيران وتركيا',
      ru: 'Московская декларация России, Ирана и Турции',
    },
    summary:
      "After parallel meetings of their foreign and defence ministers in Moscow, Russia, Iran and Turkey adopted a declaration backing Syria's territorial integrity and a wider ceasefire and saying they were ready to help draft and guarantee an agreement between the Syrian government and the opposition.",
    people: ['sergey-lavrov', 'sergei-shoigu'],
    sources: [
      {
        source: 'reuters-ahram-russia-iran-turkey-ready-to-broker-2016',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'almadina-sauress-moscow-declaration-2016',
        locator: 'whole item (Lavrov press conference)',
      },
      {
        source: 'sott-russia-turkey-iran-guarantors-2016',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'verified',
    note: "The meeting took place the day after the murder of Russia's ambassador to Turkey (Reuters).",
    related: ['event-2016-12-29-russia-turkey-nationwide-ceasefire', 'event-2017-01-23-astana-talks-launched'],
  },
  {
    id: 'event-2016-12-22-aleppo-retaken',
    start: '2016-12-22',
    kind: 'military-operation',
    title: {
      en: 'Syrian army declares full control of Aleppo after Russian–Turkish-brokered evacuation',
      ar: 'الجيش السوري يعلن السيطرة الكاملة على حلب بعد إجلاء بوساطة روسية تركية',
      ru: 'Сирийская армия объявила о полном контроле над Алеппо после эвакуации при посредничестве России и Турции',
    },
    summary:
      'After the last rebel convoys left eastern Aleppo under an evacuation deal brokered by Russia and Turkey, the Syrian army announced it had retaken the whole city, ending the Russian-backed offensive.',
    people: ['bashar-al-assad'],
    sources: [
      {
        source: 'bbc-aleppo-back-under-government-control-2016',
        locator: 'BBC report',
      },
      {
        source: 'gulfnews-syrian-army-aleppo-retaken-2016',
        locator: 'Gulf News, 2016-12-22',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2016-12-23-hmeimim-protocol-authorised',
    start: '2016-12-23',
    kind: 'basing',
    title: {
      en: 'Putin authorises signing a protocol on the Hmeimim air group',
      ar: 'بوتين يأذن بتوقيع بروتوكول بشأن مجموعة الطيران في حميميم',
      ru: 'Путин одобрил подписание протокола об авиагруппе в Хмеймиме',
    },
    summary:
      'Putin signed a directive approving the signing of a protocol to the 2015 agreement on the Russian air group in Syria, regulating its movable and immovable property and the conditions of its operation.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'rg-rasporyazhenie-protokol-aviagruppa-2016',
        locator: 'paragraphs 1–2',
      },
    ],
    confidence: 'reported',
    continues: 'event-2015-08-26-hmeimim-air-group-agreement',
  },
  {
    id: 'event-2016-12-28-russian-embassy-hit-by-mortar-shells',
    start: '2016-12-28',
    end: '2016-12-29',
    kind: 'other',
    title: {
      en: 'Mortar shells hit Russian embassy in Damascus',
      ar: 'قذائف هاون تصيب السفارة الروسية في دمشق',
      ru: 'Посольство России в Дамаске обстреляно из миномётов',
    },
    summary:
      'Shells struck the inner yard of the Russian embassy in Damascus and fell nearby on 28 December and again on 29 December 2016, without casualties; Moscow called it a provocation against the peace settlement.',
    sources: [
      {
        source: 'iran-daily-russian-embassy-hit-twice-2016',
        locator: 'paragraphs 1-4',
      },
      {
        source: 'metro-reuters-russian-embassy-hit-again-2016',
        locator: 'paragraphs 1-3',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2016-12-29-russia-turkey-nationwide-ceasefire',
    start: '2016-12-29',
    kind: 'agreement',
    title: {
      en: 'Nationwide Syrian ceasefire guaranteed by Russia and Turkey',
      ar: 'وقف إطلاق نار شامل في سوريا بضمانة روسيا وتركيا',
      ru: 'Общенациональное перемирие в Сирии при гарантиях России и Турции',
    },
    summary:
      'Putin announced that the Syrian government and armed opposition had signed documents on a ceasefire from midnight on 30 December 2016, monitoring measures and readiness for peace talks, with Russia and Turkey as guarantors; the Security Council endorsed it in resolution 2336 on 31 December.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'freenews-unsc-endorsed-russia-turkey-2016',
        locator: 'Putin statement of Thursday 29 December; UNSC vote',
      },
      {
        source: 'nigeriatoday-putin-ceasefire-2016',
        locator: '29 December 2016',
      },
      {
        source: 'paltoday-putin-ceasefire-2016',
        locator: 'Arabic report',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2017-01-18-tartus-naval-facility-agreement',
    start: '2017-01-18',
    kind: 'basing',
    title: {
      en: 'Russia–Syria agreement expanding the Russian naval facility at Tartus for 49 years',
      ar: 'اتفاقية روسية سورية لتوسيع المنشأة البحرية الروسية في طرطوس لمدة 49 عاما',
      ru: 'Соглашение России и Сирии о расширении пункта ВМФ России в Тартусе на 49 лет',
    },
    summary:
      'Signed in Damascus on 18 January 2017 and published on 20 January, the agreement gave Russia free use of the Tartus facility for 49 years, renewable automatically for 25-year periods, and allowed up to 11 warships, including nuclear-powered ones, at once.',
    sources: [
      {
        source: 'ap-syria-lets-russia-expand-tartus-2017',
        locator: "AP, 20 January: 'signed in Damascus on Wednesday'",
      },
      {
        source: 'xinhua-chinagate-tartus-49-years-2017',
        locator: 'Xinhua, 21 January 2017',
      },
      {
        source: 'sott-putin-signs-tartus-law-2017',
        locator: "'agreement, which was signed on January 18'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2017-01-18-hmeimim-protocol-signed',
    start: '2017-01-18',
    kind: 'basing',
    title: {
      en: 'Protocol sets the Hmeimim air-base agreement at 49 years',
      ru: 'Подписан протокол к соглашению о размещении авиагруппы в Сирии',
      ar: 'بروتوكول يحدد مدة اتفاقية قاعدة حميميم الجوية بـ49 عاماً',
    },
    summary:
      "Signed in Damascus on the same day as the Tartus agreement, the protocol to the 2015 Hmeimim agreement handed Russia the airfield's land plot and buildings free of charge and fixed the agreement's term at 49 years, renewable automatically for 25-year periods.",
    sources: [
      {
        source: 'aif-putin-ratifitsiroval-protokol-aviagruppa-2017',
        locator: 'paragraphs 2–4 (signed in Damascus on 18 January)',
      },
      {
        source: 'nashaniva-pratakol-aviahrupa-2017',
        locator: 'paragraphs 1–3 (citing TASS)',
      },
    ],
    confidence: 'verified',
    continues: 'event-2015-08-26-hmeimim-air-group-agreement',
    related: ['event-2017-01-18-tartus-naval-facility-agreement'],
  },
  {
    id: 'event-2017-01-23-astana-talks-launched',
    start: '2017-01-23',
    end: '2017-01-24',
    kind: 'diplomatic',
    title: {
      en: 'First Astana talks on Syria, sponsored by Russia, Turkey and Iran',
      ar: 'الجولة الأولى من محادثات أستانا بشأن سوريا برعاية روسيا وتركيا وإيران',
      ru: 'Первый раунд переговоров по Сирии в Астане под эгидой России, Турции и Ирана',
    },
    summary:
      'At two days of talks in Astana between Syrian government and armed-opposition delegations, Russia, Turkey and Iran agreed to set up a trilateral mechanism to monitor the ceasefire.',
    sources: [
      {
        source: 'tass-astana-ceasefire-mechanism-2017',
        locator: 'TASS, 24 January 2017',
      },
      {
        source: 'komnews-astana-joint-declaration-2017',
        locator: 'first paragraphs; photo caption dated January 23, 2017',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2017-02-syria-six-contracts-russian-wheat',
    start: '2017-02',
    kind: 'economic',
    title: {
      en: 'Syria signs contracts for 1.2 million t of Russian wheat',
      ar: 'سوريا توقع عقوداً لشراء 1.2 مليون طن من القمح الروسي',
      ru: 'Сирия подписала контракты на 1,2 млн т российской пшеницы',
    },
    summary:
      'A Syrian government source said the state had signed six contracts of 200,000 tonnes each with local firms that would source Russian wheat, allocating US$101 million for part of the purchase, without cancelling the unfulfilled October 2016 deal.',
    sources: [
      {
        source: 'sputnikarabic-syria-six-wheat-contracts-2017',
        locator: 'paragraphs 1–3 (item of 23 February 2017)',
      },
      {
        source: 'foodnavigator-syria-turns-russian-wheat-2017',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'grainsprices-syria-1-2-mln-tons-russian-wheat',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'reported',
    note: 'All three pages rest on one Reuters report.',
    related: ['event-2016-10-syria-agrees-to-buy-1-million-tonnes-russian-wheat'],
  },
  {
    id: 'event-2017-02-02-russian-embassy-shelled-from-jobar',
    start: '2017-02-02',
    end: '2017-02-03',
    kind: 'other',
    title: {
      en: 'Russian embassy in Damascus shelled two days running',
      ar: 'قصف السفارة الروسية في دمشق يومين متتاليين',
      ru: 'Посольство России в Дамаске два дня подряд подвергалось обстрелу',
    },
    summary:
      'Shells fired from the Jobar district hit the Russian embassy compound in Damascus on 2 and 3 February 2017, causing damage but no injuries; the Russian Foreign Ministry said the attacks aimed to wreck the ceasefire.',
    sources: [
      {
        source: 'sana-russian-embassy-shelled-from-jobar-2017',
        locator: 'paragraphs 1-4',
      },
      {
        source: 'metrostar-afp-damascus-embassy-shell-attack-2017',
        locator: 'paragraphs 1-5',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2017-02-09-russian-strike-kills-turkish-soldiers',
    start: '2017-02-09',
    kind: 'military-operation',
    title: {
      en: 'Russian air strike mistakenly kills three Turkish soldiers',
      ar: 'غارة روسية تقتل ثلاثة جنود أتراك عن طريق الخطأ',
      ru: 'Ошибочный российский авиаудар унёс жизни трёх турецких военных',
    },
    summary:
      'During operations against the Islamic State near al-Bab, a Russian warplane hit a building housing Turkish troops, killing three and wounding 11; Putin phoned Erdogan to offer condolences, and the Kremlin blamed poor coordination.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'reuters-kremlin-turkish-soldiers-al-bab-2017',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'trtworld-russian-airstrikes-kill-turkish-soldiers-2017',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2017-02-28-veto-s-2017-172',
    start: '2017-02-28',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2017/172 on Syria (chemical-weapons sanctions)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2017/172 بشأن سوريا (عقوبات الأسلحة الكيميائية)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2017/172 по Сирии (санкции за применение химического оружия)',
    },
    summary:
      'Russia and China vetoed a UK–France–US draft that would have imposed asset freezes, travel bans and embargoes (including on helicopters and chemical-weapons components) on 21 Syrian individuals and entities linked to chemical-weapons use (vote 9–3–3, Bolivia also against; China also vetoed).',
    sources: [
      {
        source: 'un-press-sc12737-2017',
        locator: 'SC/12737, 7893rd meeting',
      },
      {
        source: 'chinadaily-sc-fails-syria-sanctions-2017',
        locator: 'first paragraphs',
      },
      {
        source: 'wikimili-vetoed-unsc-resolutions-syria',
        locator: "table row '28 February 2017 S/2017/172'",
      },
    ],
    confidence: 'verified',
    note: 'Symbol S/2017/172 seen only in the Wikipedia mirror; date and content confirmed by UN and Xinhua.',
  },
  {
    id: 'event-2017-03-02-palmyra-retaken-again',
    start: '2017-03-02',
    kind: 'military-operation',
    title: {
      en: 'Palmyra retaken a second time with Russian support',
      ru: 'Шойгу доложил Путину о полном взятии Пальмиры',
      ar: 'استعادة تدمر للمرة الثانية بدعم روسي',
    },
    summary:
      'Shoigu reported to Putin that Syrian troops backed by the Russian air force had completed the recapture of Palmyra, which the Islamic State had retaken in December 2016.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'panarmenian-palmyra-kremlin-2017',
        locator: 'paragraphs 1–2 (Peskov, Thursday 2 March)',
      },
      {
        source: 'dp-shoigu-palmira-2017',
        locator: 'headline and paragraphs 1–3',
      },
    ],
    confidence: 'verified',
    related: ['event-2016-03-27-palmyra-retaken'],
  },
  {
    id: 'event-2017-04-07-russia-suspends-syria-air-safety-memorandum',
    start: '2017-04-07',
    kind: 'diplomatic',
    title: {
      en: 'Russia suspends the Syria air-safety memorandum with the US',
      ar: 'روسيا تعلّق مذكرة سلامة الطيران فوق سوريا مع الولايات المتحدة',
      ru: 'Россия приостановила меморандум с США о безопасности полётов над Сирией',
    },
    summary:
      "After 59 US cruise missiles struck Syria's Shayrat air base in response to the Khan Shaykhun chemical attack, the Russian Foreign Ministry called the strike aggression against a sovereign state and suspended the 2015 memorandum on preventing air incidents over Syria.",
    people: ['vladimir-putin', 'sergey-lavrov'],
    sources: [
      {
        source: 'sputnik-russia-suspends-memorandum-flight-safety-2017',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'independent-russia-suspends-deal-us-syria-2017',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'reportaz-russia-suspends-memorandum-syria-2017',
        locator: 'whole item (citing RIA Novosti)',
      },
    ],
    confidence: 'verified',
    related: ['event-2015-10-20-us-russia-air-safety-memorandum-syria', 'event-2017-04-12-veto-s-2017-315'],
  },
  {
    id: 'event-2017-04-12-veto-s-2017-315',
    start: '2017-04-12',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2017/315 on Syria (Khan Shaykhun chemical attack)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2017/315 بشأن سوريا (هجوم خان شيخون الكيميائي)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2017/315 по Сирии (химическая атака в Хан-Шейхуне)',
    },
    summary:
      'Russia vetoed a France–UK–US draft condemning the 4 April 2017 chemical attack on Khan Shaykhun and requiring Syria to give investigators access (vote 10–2–3, Bolivia also against); China abstained.',
    sources: [
      {
        source: 'un-press-sc12791-2017',
        locator: 'SC/12791, 7922nd meeting',
      },
      {
        source: 'worthynews-khan-sheikhoun-veto-2017',
        locator: 'first paragraphs',
      },
      {
        source: 'cnn-8-times-russia-blocked-unsc-syria',
        locator: 'introduction: eighth Russian veto on Syria',
      },
      {
        source: 'wikimili-vetoed-unsc-resolutions-syria',
        locator: "table row '12 April 2017 S/2017/315'",
      },
    ],
    confidence: 'verified',
    note: 'Symbol seen only in the Wikipedia mirror.',
  },
  {
    id: 'event-2017-05-02-putin-trump-call-syria-de-escalation',
    start: '2017-05-02',
    kind: 'diplomatic',
    title: {
      en: 'Putin–Trump call revives US–Russian diplomacy on Syria',
      ar: 'اتصال بين بوتين وترامب يعيد إحياء الدبلوماسية الأمريكية الروسية بشأن سوريا',
      ru: 'Телефонный разговор Путина и Трампа оживил американо-российскую дипломатию по Сирии',
    },
    summary:
      'In their first call since the US missile strike on a Syrian air base in April, Putin and Trump agreed that Lavrov and Tillerson would step up work on a durable ceasefire, discussed safe or de-escalation zones, and the US said it would send a representative to the Astana talks of 3–4 May.',
    people: ['vladimir-putin', 'sergey-lavrov'],
    sources: [
      {
        source: 'ap-abc7-trump-putin-increased-diplomacy-syria-2017',
        locator: 'paragraphs 1–5',
      },
      {
        source: 'cooptv-readouts-trump-putin-call-2017',
        locator: 'White House and Kremlin readouts',
      },
      {
        source: 'sputnik-arabic-putin-trump-call-2017',
        locator: 'Kremlin statement quoted',
      },
    ],
    confidence: 'verified',
    related: ['event-2017-05-04-de-escalation-zones-memorandum'],
  },
  {
    id: 'event-2017-05-04-de-escalation-zones-memorandum',
    start: '2017-05-04',
    kind: 'agreement',
    title: {
      en: 'Astana memorandum on de-escalation zones in Syria',
      ar: 'مذكرة أستانا بشأن مناطق خفض التصعيد في سوريا',
      ru: 'Астанинский меморандум о зонах деэскалации в Сирии',
    },
    summary:
      'Russia, Turkey and Iran signed a memorandum creating four de-escalation zones (Idlib and adjacent areas, north of Homs, Eastern Ghouta, and parts of Daraa and Quneitra), with military flights banned there from 6 May.',
    sources: [
      {
        source: 'tass-de-escalation-memorandum-2017',
        locator: 'TASS, 4 May 2017',
      },
      {
        source: 'tr-mfa-press-release-139-2017',
        locator: 'Turkish MFA press release No. 139',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2017-06-stg-logistic-phosphate-mines-rehabilitation',
    start: '2017-06',
    kind: 'economic',
    title: {
      en: 'Stroytransgaz Logistic starts work at Palmyra phosphate mines',
      ar: 'شركة روسية تبدأ صيانة مناجم الفوسفات في الشرقية وخنيفيس',
      ru: '«Стройтрансгаз Логистик» приступила к работам на фосфатных рудниках под Пальмирой',
    },
    summary:
      'A Stroytransgaz subsidiary, Stroytransgaz Logistic (STNG Logistic in Syrian releases), began maintenance of the al-Sharqiya and Khneifis phosphate mines near Palmyra, recently retaken from ISIS, under an agreement covering protection, production and transport to the Lebanese export port of Selaata.',
    sources: [
      {
        source: 'egypttoday-russian-firm-phosphate-mines-2017',
        locator: 'paragraphs 1–2 (work began early June; Assad ratified the agreement on 23 April)',
      },
      {
        source: 'alalamsyria-phosphate-contracts',
        locator: 'paragraph 5 (maintenance began June 2017)',
      },
    ],
    confidence: 'verified',
    note: 'Misr Al-Youm says Assad ratified the service agreement on 23 April 2017; Horrya describes it as concluded in June 2017.',
  },
  {
    id: 'event-2017-07-07-us-russia-jordan-southwest-syria-ceasefire',
    start: '2017-07-07',
    kind: 'agreement',
    title: {
      en: 'Putin–Trump meeting confirms south-west Syria truce',
      ar: 'لقاء بوتين وترامب يؤكد الهدنة في جنوب غرب سوريا',
      ru: 'Встреча Путина и Трампа подтвердила перемирие на юго-западе Сирии',
    },
    summary:
      'At their first meeting, on the sidelines of the G20 in Hamburg, Putin and Trump confirmed a memorandum agreed that day in Amman by Russian, US and Jordanian experts on a de-escalation zone in Daraa, Quneitra and Suwayda, with a ceasefire from noon on 9 July supervised by Russian military police.',
    people: ['vladimir-putin', 'sergey-lavrov'],
    sources: [
      {
        source: 'dw-us-russia-southwest-syria-ceasefire-2017',
        locator: 'paragraphs 1–8 (Lavrov quotes)',
      },
      {
        source: 'wiwo-usa-russland-waffenruhe-syrien-2017',
        locator: 'paragraphs 1–2 (Tillerson)',
      },
      {
        source: 'radio10-trump-poetin-wapenstilstand-2017',
        locator: 'whole item',
      },
    ],
    confidence: 'verified',
    related: ['event-2017-05-04-de-escalation-zones-memorandum'],
  },
  {
    id: 'event-2017-07-14-hmeimim-protocol-ratified',
    start: '2017-07-14',
    kind: 'basing',
    title: {
      en: 'Russia ratifies the Hmeimim protocol',
      ru: 'Россия ратифицировала протокол о размещении авиагруппы в Сирии',
      ar: 'روسيا تصادق على بروتوكول حميميم',
    },
    summary:
      'The State Duma passed the law ratifying the Hmeimim protocol on 14 July 2017 and the Federation Council approved it on 19 July; Putin signed it on Wednesday 26 July, the day it was published.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'aif-putin-ratifitsiroval-protokol-aviagruppa-2017',
        locator: 'paragraphs 1 and 4 (published Wednesday 26 July; Duma 14 July, Federation Council 19 July)',
      },
      {
        source: 'israelpress-putin-ratifies-base-deal-2017',
        locator: "paragraphs 1–4 ('On Wednesday, Putin signed a federal law ratifying the protocol')",
      },
      {
        source: 'novini-ap-putin-air-base-49-years-2017',
        locator: 'AP text (both chambers ratified it earlier this month)',
      },
    ],
    confidence: 'verified',
    continues: 'event-2017-01-18-hmeimim-protocol-signed',
    note: 'The Bulgarian page carrying the AP report is stamped 22 July 2017, before the publication date AiF gives.',
  },
  {
    id: 'event-2017-07-16-shells-hit-russian-embassy-damascus',
    start: '2017-07-16',
    kind: 'other',
    title: {
      en: 'Two shells fired at Russian embassy in Damascus',
      ar: 'إطلاق قذيفتين على السفارة الروسية في دمشق',
      ru: 'По посольству России в Дамаске выпущены два снаряда',
    },
    summary:
      'Two mortar shells were fired at the Russian embassy in Damascus, one hitting the compound and the other landing nearby, causing material damage, according to Syrian state media.',
    sources: [
      {
        source: 'rferl-mortar-shells-russian-embassy-2017',
        locator: 'paragraphs 1-2',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-2017-07-30-rt-correspondent-killed-near-sukhna',
    start: '2017-07-30',
    kind: 'other',
    title: {
      en: 'RT Arabic correspondent killed covering Syrian army',
      ar: 'مقتل مراسل RT عربي أثناء تغطيته عمليات الجيش السوري',
      ru: 'Корреспондент RT Arabic погиб, освещая действия сирийской армии',
    },
    summary:
      "Khaled Alkhateb, a 25-year-old correspondent who had recently joined RT's Arabic channel, was killed by Islamic State shelling while travelling with Syrian troops toward Sukhna in eastern Homs province.",
    sources: [
      {
        source: 'rferl-rt-journalist-killed-syria-2017',
        locator: 'paragraphs 1-3 and 6',
      },
      {
        source: 'military-technologies-sputnik-rt-stringer-killed-2017',
        locator: 'paragraphs 1-4',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2017-09-asapov-killed-deir-ez-zor',
    start: '2017-09',
    kind: 'military-operation',
    title: {
      en: 'Russian Lieutenant-General Valery Asapov killed near Deir ez-Zor',
      ar: 'مقتل الفريق الروسي فاليري أسابوف قرب دير الزور',
      ru: 'Гибель генерал-лейтенанта Валерия Асапова под Дейр-эз-Зором',
    },
    summary:
      'The Russian Defence Ministry said Lt. Gen. Valery Asapov, a senior Russian military adviser helping Syrian commanders near Deir ez-Zor, was fatally wounded by ISIS mortar fire.',
    people: ['valery-asapov'],
    sources: [
      {
        source: 'southafricatoday-asapov-killed-2017',
        locator: 'article dated 2017-09-25',
      },
      {
        source: 'middleeastpress-asapov-killed-2017',
        locator: 'first paragraphs',
      },
      {
        source: 'muraselon-asapov-killed-2017',
        locator: "'the Russian Defense Ministry said Sunday'",
      },
      {
        source: 'djazairess-elkhabar-asapov-2017',
        locator: 'Arabic report',
      },
    ],
    confidence: 'verified',
    note: "Sources give the announcement date as 'Sunday' (the weekend before 25 September 2017) but not the exact day of death, so only the month is recorded.",
  },
  {
    id: 'event-2017-09-05-deir-ez-zor-siege-broken',
    start: '2017-09-05',
    kind: 'military-operation',
    title: {
      en: 'Siege of Deir ez-Zor broken with Russian support',
      ar: 'كسر حصار دير الزور بدعم روسي',
      ru: 'Блокада Дейр-эз-Зора прорвана при поддержке России',
    },
    summary:
      "Syrian troops broke the Islamic State's three-year siege of Deir ez-Zor after Russian air strikes and cruise missiles fired from a Russian frigate in the Mediterranean; Putin cabled Assad to congratulate him on a strategic victory.",
    people: ['vladimir-putin', 'bashar-al-assad'],
    sources: [
      {
        source: 'rferl-deir-al-zour-siege-ends-2017',
        locator: 'paragraphs 1–2 and 5–6 (Peskov; cruise missiles fired on 5 September)',
      },
      {
        source: 'syriatimes-putin-congratulates-deir-ezzor-2017',
        locator: "paragraphs 1–3 (Putin's cable)",
      },
    ],
    confidence: 'verified',
    related: ['event-2017-09-asapov-killed-deir-ez-zor'],
  },
  {
    id: 'event-2017-09-15-astana-idlib-de-escalation-zone-agreed',
    start: '2017-09-15',
    kind: 'agreement',
    title: {
      en: 'Astana guarantors agree the Idlib de-escalation zone',
      ar: 'الدول الضامنة في أستانا تتفق على منطقة خفض التصعيد في إدلب',
      ru: 'Страны-гаранты астанинского процесса согласовали зону деэскалации в Идлибе',
    },
    summary:
      'At the sixth Astana round Russia, Turkey and Iran agreed the borders of the fourth de-escalation zone, covering Idlib and parts of Latakia, Hama and Aleppo provinces, to be monitored by observers and checkpoints of the three guarantors, with the zones set up for six months.',
    people: ['alexander-lavrentiev'],
    sources: [
      {
        source: 'trtworld-astana-idlib-zone-borders-2017',
        locator: 'paragraphs 1–7',
      },
      {
        source: 'defapress-astana-idlib-zone-borders-2017',
        locator: 'paragraphs 1–5',
      },
      {
        source: 'rusreality-guarantors-agree-idlib-zone-2017',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'verified',
    note: "A Russian negotiator said each guarantor would send 500 observers to Idlib, Russia's being military police (TRT World).",
    continues: 'event-2017-05-04-de-escalation-zones-memorandum',
  },
  {
    id: 'event-2017-10-08-intergovernmental-commission-sochi',
    start: '2017-10-08',
    kind: 'economic',
    title: {
      en: '10th session of the Russian–Syrian commission opens in Sochi',
      ru: '10-е заседание российско-сирийской межправкомиссии в Сочи',
      ar: 'انطلاق الدورة العاشرة للجنة الروسية السورية في سوتشي',
    },
    summary:
      "The 10th session of the permanent intergovernmental commission, co-chaired by Walid al-Muallem and Dmitry Rogozin, met in Sochi with working groups on the economy, finance, energy, geology and other fields, focused on Russian investment and Russian companies' part in rebuilding Syrian infrastructure, and closed on Tuesday 10 October with the signing of its final protocol.",
    sources: [
      {
        source: 'sana-ru-commission-sochi-opens-2017',
        locator: 'paragraphs 1–3 (8 October 2017)',
      },
      {
        source: 'sana-ru-commission-sochi-continues-2017',
        locator: 'paragraphs 1–3 (9 October: protocol to be signed the next day)',
      },
      {
        source: 'sputnikbrasil-ghanem-syria-energy-2017',
        locator: 'last paragraph (commission met in early October; agreements and memoranda signed)',
      },
      {
        source: 'syrianews-10th-session-protocol-2017',
        locator: 'paragraphs 1–3 (session closed on Tuesday with the final protocol signed)',
      },
      {
        source: 'tass-rogozin-muallem-commission-october-10-2017',
        locator: "paragraphs 1–4 (co-chairs' meeting began Monday evening; commission meets Tuesday 10 October)",
      },
    ],
    confidence: 'verified',
    people: ['walid-muallem', 'dmitry-rogozin'],
    end: '2017-10-10',
  },
  {
    id: 'event-2017-10-24-veto-s-2017-884',
    start: '2017-10-24',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2017/884 on Syria (renewal of the Joint Investigative Mechanism)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2017/884 بشأن سوريا (تجديد ولاية آلية التحقيق المشتركة)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2017/884 по Сирии (продление мандата Совместного механизма расследования)',
    },
    summary:
      'Russia vetoed a US-proposed draft to extend for one year the OPCW–UN Joint Investigative Mechanism on chemical-weapons attacks in Syria (vote 11–2–2, Bolivia also against); China abstained.',
    sources: [
      {
        source: 'un-news-569212-jim-2017',
        locator: 'UN News story',
      },
      {
        source: 'un-press-sc13162-2017-roundup',
        locator: 'paragraph on Middle East vetoes of 24 October, 16 and 17 November',
      },
      {
        source: 'voltairenet-draft-s-2017-884',
        locator: "draft text, source line 'Onu S/2017/884'",
      },
      {
        source: 'wikimili-vetoed-unsc-resolutions-syria',
        locator: "table row '24 October 2017 S/2017/884'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2017-11-11-putin-trump-danang-joint-statement-syria',
    start: '2017-11-11',
    kind: 'diplomatic',
    title: {
      en: 'Putin and Trump approve a Syria statement at Da Nang',
      ar: 'بوتين وترامب يقرّان بياناً بشأن سوريا في دا نانغ',
      ru: 'Путин и Трамп одобрили заявление по Сирии в Дананге',
    },
    summary:
      'After brief conversations at the APEC summit in Vietnam, Putin and Trump approved a statement drafted under Lavrov and Tillerson agreeing there was no military solution in Syria, calling for a settlement through the Geneva process under resolution 2254, keeping military deconfliction channels open and welcoming the 8 November Amman memorandum on southern Syria.',
    people: ['vladimir-putin', 'sergey-lavrov'],
    sources: [
      {
        source: 'kremlin-putin-trump-joint-statement-syria-danang-2017',
        locator: 'whole item, 11 November 2017',
      },
      {
        source: 'independent-apec-trump-putin-joint-statement-syria-2017',
        locator: 'standfirst and paragraphs 1–3',
      },
      {
        source: 'novinite-putin-trump-talked-syria-vietnam-2017',
        locator: 'paragraphs 2–4',
      },
    ],
    confidence: 'verified',
    related: ['event-2017-07-07-us-russia-jordan-southwest-syria-ceasefire'],
  },
  {
    id: 'event-2017-11-16-veto-s-2017-962',
    start: '2017-11-16',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2017/962 on Syria (second JIM renewal draft)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2017/962 بشأن سوريا (المشروع الثاني لتجديد آلية التحقيق المشتركة)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2017/962 по Сирии (второй проект о продлении Совместного механизма расследования)',
    },
    summary:
      'Russia vetoed a US draft to extend the Joint Investigative Mechanism by one year (vote 11–2–2, Bolivia also against; China and Egypt abstained, so China did not veto). A Russian draft, withdrawn and then put to the vote by Bolivia, failed 4–7–4.',
    sources: [
      {
        source: 'un-press-sc13072-2017',
        locator: 'SC/13072, 8105th meeting',
      },
      {
        source: 'un-press-sc13162-2017-roundup',
        locator: 'paragraph on vetoes of 24 October, 16 and 17 November',
      },
      {
        source: 'wikimili-vetoed-unsc-resolutions-syria',
        locator: "table row '16 November 2017 S/2017/962'",
      },
    ],
    confidence: 'verified',
    note: 'Symbol seen only in the Wikipedia mirror.',
  },
  {
    id: 'event-2017-11-17-veto-s-2017-970',
    start: '2017-11-17',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2017/970 on Syria (Japanese 30-day JIM extension)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2017/970 بشأن سوريا (تمديد ياباني لآلية التحقيق المشتركة لمدة 30 يوما)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2017/970 по Сирии (японский проект о продлении механизма на 30 дней)',
    },
    summary:
      "Russia vetoed Japan's draft to renew the Joint Investigative Mechanism for 30 days (Bolivia also against); China abstained; the mechanism's mandate lapsed.",
    sources: [
      {
        source: 'government-world-jim-17-nov-2017',
        locator: 'UN News text, 17 November 2017',
      },
      {
        source: 'russiaun-nebenzia-japan-draft-2017',
        locator: "statement: 'The draft resolution (S/2017/970)'",
      },
      {
        source: 'usun-haley-japan-draft-2017',
        locator: "EoV, 17 November 2017: 'its second in 24 hours'",
      },
      {
        source: 'wikimili-vetoed-unsc-resolutions-syria',
        locator: "table row '17 November 2017 S/2017/970'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2017-11-20-shell-hits-russian-embassy-wall',
    start: '2017-11-20',
    kind: 'other',
    title: {
      en: 'Shell damages Russian embassy wall in Damascus',
      ar: 'قذيفة تلحق أضراراً بسور السفارة الروسية في دمشق',
      ru: 'Снаряд повредил стену посольства России в Дамаске',
    },
    summary:
      'A shell hit the outer wall of the Russian embassy in Damascus, damaging its power and water lines without hurting staff; the Russian Foreign Ministry said such attacks would not change its resolve in Syria.',
    sources: [
      {
        source: 'noticiabrasil-terroristas-atacam-embaixada-2017',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'elnashra-shell-russian-embassy-wall-2017',
        locator: 'paragraphs 1-3',
      },
    ],
    confidence: 'reported',
    note: "Both pages relay the same Russian Foreign Ministry statement; Elnashra's page gives no date, so the day rests on Sputnik Brasil.",
  },
  {
    id: 'event-2017-11-22-sochi-trilateral-summit-russia-iran-turkey',
    start: '2017-11-22',
    kind: 'summit',
    title: {
      en: 'First Russia–Turkey–Iran summit on Syria in Sochi',
      ar: 'أول قمة روسية تركية إيرانية بشأن سوريا في سوتشي',
      ru: 'Первый саммит России, Турции и Ирана по Сирии в Сочи',
    },
    summary:
      'The presidents of the three Astana guarantor states adopted a joint statement backing the de-escalation zones and calling on the Syrian government and opposition to attend a Syrian National Dialogue Congress to be convened in Sochi.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'kremlin-press-statements-sochi-trilateral-2017',
        locator: "Putin's statement, paragraphs 1–6",
      },
      {
        source: 'tass-syrian-congress-may-be-held-sochi-2017',
        locator: 'paragraphs 1–4 (joint statement)',
      },
      {
        source: 'middleeastmonitor-putin-erdogan-rouhani-sochi-2017',
        locator: 'paragraphs 1–6',
      },
    ],
    confidence: 'verified',
    related: ['event-2018-01-29-sochi-national-dialogue-congress', 'event-2017-05-04-de-escalation-zones-memorandum'],
  },
  {
    id: 'event-2017-12-06-russia-declares-isis-defeated-in-syria',
    start: '2017-12-06',
    kind: 'military-operation',
    title: {
      en: 'Russian General Staff declares Syria freed of Islamic State',
      ru: 'Генштаб ВС России объявил об освобождении Сирии от ИГ',
      ar: 'هيئة الأركان العامة الروسية تعلن تحرير سوريا من تنظيم الدولة الإسلامية',
    },
    summary:
      'At a briefing for foreign attachés Gerasimov said all Islamic State units in Syria had been destroyed and no territory remained under its control, and that Shoigu had reported this to Putin an hour earlier.',
    people: ['vladimir-putin', 'sergei-shoigu'],
    sources: [
      {
        source: 'meduza-isis-defeated-syria-2017',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'rt-syria-liberated-isis-2017',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'verified',
    related: ['event-2017-12-11-putin-orders-withdrawal-at-hmeimim'],
    note: 'Meduza noted that other sources still reported Islamic State-held areas in Syria at the time.',
  },
  {
    id: 'event-2017-12-11-putin-orders-withdrawal-at-hmeimim',
    start: '2017-12-11',
    kind: 'military-operation',
    title: {
      en: 'Putin, at Hmeimim, orders a withdrawal of Russian troops from Syria',
      ar: 'بوتين يأمر من حميميم بسحب القوات الروسية من سوريا',
      ru: 'Путин в Хмеймиме отдал приказ о выводе российских войск из Сирии',
    },
    summary:
      'During an unannounced stop at Hmeimim air base, where Assad met him, Putin ordered the defence minister and chief of the general staff to begin withdrawing the Russian group of troops to their permanent bases.',
    people: ['vladimir-putin', 'bashar-al-assad'],
    sources: [
      {
        source: 'pravdareport-putin-hmeymim-2017',
        locator: 'Pravda.ru, 11-12-2017',
      },
      {
        source: 'thecitizenng-putin-withdrawal-2017',
        locator: 'quoting RIA Novosti',
      },
      {
        source: 'webmanagercenter-ar-putin-hmeimim-2017',
        locator: 'Arabic report, Monday 11 December 2017',
      },
    ],
    confidence: 'verified',
    note: 'The visit itself belongs to the visits file; this record covers the withdrawal order.',
  },
  {
    id: 'event-2017-12-19-syria-votes-against-unga-crimea-human-rights',
    start: '2017-12-19',
    kind: 'un-vote',
    title: {
      en: 'Syria votes against UN resolution on human rights in Crimea',
      ar: 'سوريا تصوت ضد قرار أممي بشأن حقوق الإنسان في القرم',
      ru: 'Сирия проголосовала против резолюции ООН о правах человека в Крыму',
    },
    summary:
      'Syria was among 26 states, with Russia, voting against the General Assembly resolution on the situation of human rights in Crimea, which calls Russia an occupying power (70 for, 76 abstentions).',
    sources: [
      {
        source: 'asiaplus-un-recognizes-russia-occupying-power-2017',
        locator: 'paragraphs 1–2 (list of states voting against)',
      },
      {
        source: 'ukrainejournal-krim-resolution-dagegen-2017',
        locator: 'paragraphs 1–3 (list of 26 states)',
      },
      {
        source: 'kyivpost-unga-human-rights-crimea-later-vote',
        locator: 'paragraph 3 (Syria among the negative votes)',
      },
      {
        source: 'unian-unga-resolution-rights-crimea-16-december',
        locator: "list 'Countries that voted against the resolution'",
      },
      {
        source: 'ukrinform-menafn-unga-crimea-human-rights-2024',
        locator: 'paragraph 3 (the 14 states voting against)',
      },
    ],
    confidence: 'verified',
    note: "Syria is again listed among the states voting against later updated versions of the resolution (Kyiv Post; UNIAN), but not among the 14 states voting against the version adopted in December 2024, after Assad's fall (Ukrinform).",
    related: ['event-2014-03-27-syria-votes-against-unga-68-262-crimea'],
  },
  {
    id: 'event-2017-12-21-tartus-agreement-ratified',
    start: '2017-12-21',
    kind: 'basing',
    title: {
      en: 'Russian ratification of the Tartus naval facility agreement',
      ar: 'روسيا تصادق على اتفاقية المنشأة البحرية في طرطوس',
      ru: 'Ратификация Россией соглашения о пункте ВМФ в Тартусе',
    },
    summary:
      'The State Duma ratified the Tartus agreement on 21 December 2017, the Federation Council approved it on 26 December, and Putin then signed the ratification law.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'vpk-gosduma-ratifitsirovala-tartus-2017',
        locator: 'TsAMTO, 21 December',
      },
      {
        source: 'ankahaber-putin-tartus-onay-2017',
        locator: 'Duma 21 December, Federation Council 26 December',
      },
      {
        source: 'sott-putin-signs-tartus-law-2017',
        locator: "'On Friday ... Putin signed the deal'",
      },
    ],
    confidence: 'verified',
    note: "The date of Putin's signature is given only as 'Friday' (late December 2017); start records the Duma vote.",
    continues: 'event-2017-01-18-tartus-naval-facility-agreement',
  },
  {
    id: 'event-2017-12-26-permanent-groupings-tartus-hmeimim',
    start: '2017-12-26',
    kind: 'basing',
    title: {
      en: 'Shoigu: permanent groupings formed at Tartus and Hmeimim',
      ar: 'شويغو: تشكيل مجموعات قوات دائمة في طرطوس وحميميم',
      ru: 'Шойгу: в Тартусе и Хмеймиме сформированы постоянные группировки',
    },
    summary:
      'Shoigu announced that Putin had approved the structure and staffing of the Tartus and Hmeimim bases the week before and that Russia had begun forming permanent groupings there, after withdrawing the main part of its forces.',
    sources: [
      {
        source: 'facenews-postoyannye-gruppirovki-2017',
        locator: 'paragraphs 1–2 and 5',
      },
      {
        source: 'magyarnemzet-allando-hadseregcsoport-2017',
        locator: 'paragraphs 1–2 (Tuesday in Moscow; three military-police battalions remain)',
      },
    ],
    confidence: 'verified',
    related: ['event-2017-12-11-putin-orders-withdrawal-at-hmeimim', 'event-2017-12-21-tartus-agreement-ratified'],
  },
  {
    id: 'event-2017-12-31-mortar-attack-hmeimim',
    start: '2017-12-31',
    kind: 'military-operation',
    title: {
      en: 'Mortar attack on Hmeimim kills two Russian servicemen',
      ar: 'هجوم بقذائف الهاون على حميميم يقتل اثنين من العسكريين الروس',
      ru: 'Миномётный обстрел Хмеймима: погибли двое российских военнослужащих',
    },
    summary:
      "Militants shelled Hmeimim air base on New Year's Eve, killing two Russian servicemen; Kommersant reported seven aircraft practically destroyed, which the Defence Ministry called fake.",
    sources: [
      {
        source: 'middleeastonline-two-russians-killed-mortar-2018',
        locator: 'paragraphs 1–3 (AFP, 4 January 2018)',
      },
      {
        source: 'muraselon-two-killed-hmeymim-shelling-2018',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'asiaplus-kommersant-seven-planes-2018',
        locator: "paragraphs 1–2 (Kommersant's claim: four Su-24, two Su-35S, one An-72)",
      },
    ],
    confidence: 'verified',
    note: "The aircraft losses rest on Kommersant's two unnamed sources and were denied by the ministry; the two deaths are confirmed by the ministry.",
  },
  {
    id: 'event-2018-russia-raises-scholarship-quota-for-syrians-to-500',
    start: '2018',
    kind: 'agreement',
    title: {
      en: 'Russia raises state scholarships for Syrians to 500',
      ar: 'روسيا ترفع عدد المنح الحكومية للسوريين إلى 500',
      ru: 'Россия увеличила квоту государственных стипендий для сирийцев до 500',
    },
    summary:
      'Rossotrudnichestvo said Russian state universities would take 500 Syrian students on government places in 2018, up from 200 a few years earlier and 455 in 2017, chosen from 2,060 applicants, some to be trained as Russian teachers for Syria.',
    sources: [
      {
        source: 'sputnikarabic-russian-universities-500-syrian-students-2018',
        locator: 'paragraphs 1-3 (Vadim Zaichikov)',
      },
      {
        source: 'russkiymir-russian-school-damascus-2018',
        locator: 'paragraph 5 (2,000 candidates for 500 state-funded places)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2018-01-russia-syria-energy-roadmap',
    start: '2018-01',
    kind: 'economic',
    title: {
      en: 'Russia and Syria sign an energy cooperation road map',
      ar: 'روسيا وسوريا توقعان خريطة طريق للتعاون في مجال الطاقة',
      ru: 'Россия и Сирия подписали дорожную карту сотрудничества в энергетике',
    },
    summary:
      'Russian Energy Minister Alexander Novak and Syrian Electricity Minister Mohammad Zuhair Kharboutli signed a road map for rehabilitating, modernising and building power facilities in Syria; Novak later said a separate road map covered restoring oil and gas fields and exploration.',
    sources: [
      {
        source: 'worldenergynews-russia-syria-energy-roadmap-2018',
        locator: 'paragraphs 1–2 (Energy Ministry statement of Wednesday 31 January 2018)',
      },
      {
        source: 'tass-russia-eyes-oil-gas-recovery-syria-2018',
        locator: 'paragraphs 1–3 (Novak, 13 February 2018)',
      },
    ],
    confidence: 'verified',
    people: ['alexander-novak'],
  },
  {
    id: 'event-2018-01-05-drone-attack-hmeimim-tartus',
    start: '2018-01-05',
    end: '2018-01-06',
    kind: 'military-operation',
    title: {
      en: 'Thirteen armed drones attack Hmeimim and Tartus',
      ar: 'ثلاث عشرة طائرة مسيّرة مسلحة تهاجم حميميم وطرطوس',
      ru: 'Тринадцать ударных беспилотников атаковали Хмеймим и Тартус',
    },
    summary:
      'The Defence Ministry said ten armed drones flew at Hmeimim and three at the Tartus naval facility overnight; seven were shot down by Pantsir-S1 systems and six were taken over by electronic means, causing no casualties or damage.',
    sources: [
      {
        source: 'rferl-13-drones-attack-bases-2018',
        locator: 'paragraphs 1–4 (overnight 5–6 January, statement of 8 January)',
      },
      {
        source: 'defensepost-russia-thwarted-attack-bases-2018',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'verified',
    related: ['event-2017-12-31-mortar-attack-hmeimim'],
    note: "A French report dates the attack to the night of 6–7 January; the ministry's statement as reported by RFE/RL and The Defense Post gives 5–6 January.",
  },
  {
    id: 'event-2018-01-29-sochi-national-dialogue-congress',
    start: '2018-01-29',
    kind: 'summit',
    title: {
      en: 'Syrian National Dialogue Congress in Sochi',
      ar: 'مؤتمر الحوار الوطني السوري في سوتشي',
      ru: 'Конгресс сирийского национального диалога в Сочи',
    },
    summary:
      'The Russian-initiated congress in Sochi adopted a 12-point statement of principles and agreed to form a constitutional committee, to be set up in Geneva under UN auspices in line with resolution 2254.',
    people: ['sergey-lavrov'],
    sources: [
      {
        source: 'uawire-sochi-congress-2018',
        locator: "'On Tuesday, January 30, in Sochi, the Syrian National Dialogue Congress ... concluded'",
      },
      {
        source: 'vestikavkaza-results-sochi-congress-2018',
        locator: 'results',
      },
      {
        source: 'pressshia-un-envoy-hails-sochi-2018',
        locator: "'hosted ... on January 29 and 30, 2018'",
      },
      {
        source: 'ria-sochi-congress-programme-2018',
        locator: 'paragraphs 1–2: congress set for 29–30 January, Monday 29 preparatory, Tuesday 30 the main day',
      },
      {
        source: 'insidesyria-national-dialogue-congress-began-2018',
        locator: "paragraphs 1–3 ('will be held in Sochi on January 29-30')",
      },
    ],
    confidence: 'verified',
    end: '2018-01-30',
    note: 'Press Shia, RIA Novosti and Inside Syria give 29–30 January: the 29th was given to arrivals and preparatory events, and the plenary and final statement came on the 30th, the day UAWire and Vestnik Kavkaza report the congress concluding.',
  },
  {
    id: 'event-2018-02-su-57-tested-in-syria',
    start: '2018-02',
    kind: 'military-operation',
    title: {
      en: 'Two Su-57 fighters tested in combat conditions in Syria',
      ar: 'اختبار مقاتلتين من طراز سو-57 في ظروف قتالية في سوريا',
      ru: 'Два истребителя Су-57 испытаны в боевых условиях в Сирии',
    },
    summary:
      'Two fifth-generation Su-57 fighters, reported at Hmeimim from 22 February 2018, spent two days in Syria on a test programme including combat tests, as Shoigu confirmed on 1 March after they had returned home.',
    people: ['sergei-shoigu'],
    sources: [
      {
        source: 'uawire-su-57-returned-from-syria-2018',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'rtarabic-shoigu-su57-syria-2018',
        locator: 'paragraphs 1–2 (Shoigu quote)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2018-02-03-su-25-shot-down-idlib',
    start: '2018-02-03',
    kind: 'military-operation',
    title: {
      en: 'Russian Su-25 shot down over Idlib; pilot Filipov killed',
      ar: 'إسقاط طائرة سو-25 روسية فوق إدلب ومقتل الطيار فيليبوف',
      ru: 'Над Идлибом сбит российский Су-25, лётчик Филипов погиб',
    },
    summary:
      'A Russian Su-25 was shot down, apparently by a shoulder-fired missile, over the Idlib de-escalation zone; its pilot, Major Roman Filipov, ejected and was killed fighting militants on the ground, and was made a Hero of Russia.',
    sources: [
      {
        source: 'sott-su-25-shot-down-idlib-2018',
        locator: 'Defence Ministry statements and RT update of 4 February',
      },
      {
        source: 'holdencasey-russian-jet-shot-down-2018',
        locator: 'paragraph 1 (February 3, MANPADS, HTS claim)',
      },
      {
        source: 'noticiabrasil-su25-filipov-2018',
        locator: 'paragraph 1 (Hero of Russia on 5 February)',
      },
    ],
    confidence: 'verified',
    note: 'Sources spell the name Filipov or Filippov.',
  },
  {
    id: 'event-2018-02-07-coalition-strike-deir-ez-zor-russian-citizens',
    start: '2018-02-07',
    kind: 'military-operation',
    title: {
      en: 'US-led strike near Deir ez-Zor kills Russian citizens',
      ru: 'Удар коалиции под Дейр-эз-Зором: МИД признал гибель пяти россиян',
      ar: 'ضربة للتحالف بقيادة أمريكية قرب دير الزور تقتل مواطنين روساً',
    },
    summary:
      'A US-led coalition strike hit a pro-government force attacking in Deir ez-Zor province on 7 February 2018; on 15 February the Russian Foreign Ministry said five people, presumably Russian citizens but not servicemen, may have been killed and called reports of dozens or hundreds of Russian dead disinformation.',
    sources: [
      {
        source: 'tvrain-mid-pyat-rossiyan-2018',
        locator: 'paragraphs 1–4 (Zakharova briefing, 15 February)',
      },
      {
        source: 'kasparov-zakharova-5-grazhdan-2018',
        locator: 'paragraphs 1–5 (battle of 7 February in Deir ez-Zor province)',
      },
    ],
    confidence: 'verified',
    note: "Media reports at the time spoke of heavy losses among Wagner contractors; the Kremlin denied them. Only the Foreign Ministry's figure is recorded here.",
  },
  {
    id: 'event-2018-02-24-unsc-resolution-2401-syria-ceasefire',
    start: '2018-02-24',
    kind: 'diplomatic',
    title: {
      en: 'Resolution 2401 on a Syria truce, after Russian changes',
      ar: 'القرار 2401 بشأن هدنة في سوريا بعد تعديلات روسية',
      ru: 'Резолюция 2401 о перемирии в Сирии — после российских поправок',
    },
    summary:
      "After Russia held up the Swedish–Kuwaiti draft for amendments, the Security Council unanimously demanded a 30-day cessation of hostilities across Syria for aid deliveries and evacuations, excluding operations against ISIS, al-Qaeda and al-Nusra; Russia's envoy Nebenzia said no ceasefire was possible without the warring parties' agreement.",
    sources: [
      {
        source: 'un-press-sc13221-2018',
        locator: 'SC/13221, paragraphs 1–4',
      },
      {
        source: 'rt-unsc-resolution-ceasefire-syria-2018',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'elfagr-nebenzia-ghouta-2401-2018',
        locator: 'whole item (Nebenzia: Eastern Ghouta operation does not contradict the resolution)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2018-03-sharqiya-phosphate-contract',
    start: '2018-03',
    kind: 'economic',
    title: {
      en: '50-year phosphate contract with Stroytransgaz approved',
      ar: 'إقرار عقد لمدة 50 عاماً مع «ستروي ترانس غاز» لاستخراج الفوسفات',
      ru: 'Одобрен 50-летний контракт со «Стройтрансгазом» на добычу фосфатов',
    },
    summary:
      "Syria's oil ministry signed contract No. 66 giving Stroytransgaz the right to mine phosphate at al-Sharqiya near Palmyra for 50 years at 2.2 million tonnes a year, with the Syrian state establishment taking 30% of output; the People's Assembly approved it in March 2018.",
    sources: [
      {
        source: 'rebuildsyria-phosphate-palmyra-50-years-2018',
        locator: 'paragraphs 1–4 (contract No. 66, 50 years, 2.2 Mt/yr, 30%)',
      },
      {
        source: 'horrya-stroytransgaz-phosphate-contract-2018',
        locator: "paragraphs 1–2 (signed 'today Sunday', 30%, 50 years)",
      },
      {
        source: 'alalamsyria-phosphate-contracts',
        locator: "paragraph 4 (People's Assembly approved the contract in March 2018)",
      },
    ],
    confidence: 'verified',
    note: "Horrya's 'Sunday' is undated in the text read; Rebuild Syria's report is dated 25 March 2018. Assad later issued a law ratifying the contract (Al-Bawaba, undated).",
    related: ['event-2017-06-stg-logistic-phosphate-mines-rehabilitation'],
  },
  {
    id: 'event-2018-03-06-an-26-crash-hmeimim',
    start: '2018-03-06',
    kind: 'military-operation',
    title: {
      en: 'Russian An-26 crashes on approach to Hmeimim, 39 killed',
      ru: 'Катастрофа Ан-26 при заходе на посадку в Хмеймиме',
      ar: 'تحطم طائرة أن-26 روسية أثناء اقترابها للهبوط في حميميم ومقتل 39',
    },
    summary:
      'A Russian An-26 military transport crashed on approach to Hmeimim, killing all on board, first given as 32 and then 39 Russian servicemen including a major general; the Defence Ministry said it was not shot down and suspected a technical fault.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'aerotime-an-26-crashes-syria-2018',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'newskitchen-kremlin-shoigu-an-26-2018',
        locator: 'Kremlin text (26 passengers and six crew, preliminary)',
      },
      {
        source: 'alnour-an-26-39-killed-2018',
        locator: 'paragraph 1 (Defence Ministry: 39 killed)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2018-04-04-ankara-trilateral-summit-syria',
    start: '2018-04-04',
    kind: 'summit',
    title: {
      en: 'Putin, Erdoğan and Rouhani meet on Syria in Ankara',
      ar: 'بوتين وأردوغان وروحاني يجتمعون في أنقرة بشأن سوريا',
      ru: 'Путин, Эрдоган и Роухани встретились в Анкаре по Сирии',
    },
    summary:
      "At their second trilateral summit the three Astana guarantors issued a joint statement reaffirming Syria's territorial integrity, rejecting 'new realities on the ground' created under the pretext of fighting terrorism, and calling Astana the only effective format.",
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'iranpress-ankara-summit-joint-statement-2018',
        locator: 'paragraphs 1–5 (joint statement)',
      },
      {
        source: 'tass-rusreality-putin-erdogan-ankara-2018',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'xinhua-erdogan-ankara-summit-photo-2018',
        locator: 'photo caption',
      },
    ],
    confidence: 'verified',
    related: ['event-2017-11-22-sochi-trilateral-summit-russia-iran-turkey'],
  },
  {
    id: 'event-2018-04-10-veto-s-2018-321',
    start: '2018-04-10',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2018/321 on Syria (new investigative mechanism after Douma)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2018/321 بشأن سوريا (آلية تحقيق جديدة بعد دوما)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2018/321 по Сирии (новый механизм расследования после Думы)',
    },
    summary:
      'Russia vetoed a US draft that would have set up a UN Independent Mechanism of Investigation on chemical weapons for one year after the Douma attack (vote 12–2–1, Bolivia also against); China abstained. Two Russian drafts (S/2018/175 on a mechanism, and one supporting an OPCW mission to Douma) then failed.',
    sources: [
      {
        source: 'uawire-russia-blocks-douma-resolution-2018',
        locator: 'first paragraph: 12 for, Russia and Bolivia against, China abstained',
      },
      {
        source: 'arabnews-douma-resolutions-vetoed-2018',
        locator: 'twelfth Russian veto on Syria (Haley)',
      },
      {
        source: 'pollux-spv-8228-2018',
        locator: "catalogue abstract: 'documents S/2018/175, S/2018/321'",
      },
      {
        source: 'mehrnews-three-drafts-douma-2018',
        locator: 'all three drafts failed; second Russian draft 5–4–6',
      },
      {
        source: 'almanar-three-drafts-douma-2018',
        locator: "Russian mechanism draft received six votes, seven against, Kuwait and Côte d'Ivoire abstaining",
      },
      {
        source: 'wikimili-vetoed-unsc-resolutions-syria',
        locator: "table row '10 April 2018 S/2018/321'",
      },
    ],
    confidence: 'verified',
    note: 'Russian mechanism draft (S/2018/175 per the S/PV.8228 catalogue entry) failed 6–7–2 (Al-Manar); the second Russian draft, on an OPCW mission to Douma, failed 5–4–6 (Mehr).',
  },
  {
    id: 'event-2018-04-12-eastern-ghouta-retaken',
    start: '2018-04-12',
    kind: 'military-operation',
    title: {
      en: 'Eastern Ghouta retaken; Russian military police in Douma',
      ar: 'استعادة الغوطة الشرقية؛ الشرطة العسكرية الروسية في دوما',
      ru: 'Восточная Гута отвоёвана; российская военная полиция в Думе',
    },
    summary:
      'The head of the Russian reconciliation centre, Maj.-Gen. Yuri Yevtushenko, said the Syrian flag raised over Douma marked government control of all of Eastern Ghouta, and the Russian Defence Ministry deployed military police in the town after the evacuation of Jaysh al-Islam fighters and their families.',
    sources: [
      {
        source: 'jpost-reuters-eastern-ghouta-full-control-2018',
        locator: 'Reuters items of 12 April 2018',
      },
      {
        source: 'newstj-yevtushenko-douma-2018',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'euronews-de-ost-ghouta-2018',
        locator: 'paragraph 1',
      },
    ],
    confidence: 'verified',
    note: 'The final evacuation of Douma followed an alleged chemical attack there the previous weekend.',
  },
  {
    id: 'event-2018-04-14-russian-draft-condemning-strikes-rejected',
    start: '2018-04-14',
    kind: 'diplomatic',
    title: {
      en: 'Security Council rejects Russian draft condemning US, British and French strikes on Syria',
      ar: 'مجلس الأمن يرفض مشروع قرار روسيا بإدانة الضربات الأمريكية والبريطانية والفرنسية على سوريا',
      ru: 'Совбез ООН отклонил российский проект резолюции с осуждением ударов США, Великобритании и Франции по Сирии',
    },
    summary:
      "Russia's draft condemning the strikes on Syria as aggression and demanding they stop won only 3 votes (Russia, China, Bolivia), with 8 against and 4 abstentions.",
    sources: [
      {
        source: 'globaltimes-russian-draft-strikes-2018',
        locator: 'Xinhua text',
      },
      {
        source: 'alaraby-unsc-rejects-russian-resolution-2018',
        locator: 'first paragraphs',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2018-05-29-syria-recognises-abkhazia-south-ossetia',
    start: '2018-05-29',
    kind: 'recognition',
    title: {
      en: 'Syria recognises Abkhazia and South Ossetia',
      ar: 'سوريا تعترف بأبخازيا وأوسيتيا الجنوبية',
      ru: 'Сирия признала Абхазию и Южную Осетию',
    },
    summary:
      'Damascus agreed with the Russian-backed breakaway Georgian regions of Abkhazia and South Ossetia to exchange recognition and set up embassy-level relations, making Syria the fifth UN member after Russia, Nicaragua, Venezuela and Nauru to recognise them.',
    sources: [
      {
        source: 'afp-digitaljournal-syria-recognition-abkhazia-2018',
        locator: 'paragraphs 1–2 (SANA quote of the foreign ministry official)',
      },
      {
        source: 'ocmedia-georgia-cuts-relations-syria-2018',
        locator: 'paragraphs 2–3 (Syrian foreign ministry statement)',
      },
      {
        source: 'rferl-georgia-severs-relations-syria-2018',
        locator: 'paragraphs 4–6',
      },
    ],
    confidence: 'verified',
    related: ['event-2008-08-07-russo-georgian-war', 'event-2018-05-29-georgia-breaks-relations-with-syria'],
  },
  {
    id: 'event-2018-05-29-georgia-breaks-relations-with-syria',
    start: '2018-05-29',
    kind: 'recognition',
    title: {
      en: 'Georgia breaks off relations with Syria',
      ar: 'جورجيا تقطع علاقاتها مع سوريا',
      ru: 'Грузия разорвала отношения с Сирией',
    },
    summary:
      "The same day, Georgia's foreign ministry began procedures to sever diplomatic relations with Damascus, calling the recognition a breach of international law made under Russian manipulation.",
    sources: [
      {
        source: 'rferl-georgia-severs-relations-syria-2018',
        locator: 'paragraphs 1–3 (Janelidze tweet, foreign ministry statement)',
      },
      {
        source: 'ocmedia-georgia-cuts-relations-syria-2018',
        locator: 'paragraph 1 and Dondua briefing',
      },
      {
        source: 'newarab-georgia-cuts-ties-syria-2018',
        locator: 'paragraphs 1–2',
      },
    ],
    confidence: 'verified',
    related: ['event-2018-05-29-syria-recognises-abkhazia-south-ossetia'],
  },
  {
    id: 'event-2018-07-12-daraa-city-retaken',
    start: '2018-07-12',
    kind: 'military-operation',
    title: {
      en: 'Syrian army and Russian military police enter Daraa city',
      ar: 'الجيش السوري والشرطة العسكرية الروسية يدخلان مدينة درعا',
      ru: 'Сирийская армия и российская военная полиция вошли в город Дараа',
    },
    summary:
      'After a Russian-brokered ceasefire for Daraa province on 6 July, Syrian troops accompanied by Russian military police entered the rebel-held part of Daraa city and raised the national flag there for the first time since 2011.',
    sources: [
      {
        source: 'abc-au-syria-raises-flag-daraa-2018',
        locator: 'paragraphs 1–3 and 9',
      },
      {
        source: 'monitorulapararii-deraa-flag-2018',
        locator: '12 July 2018 (Thursday)',
      },
      {
        source: 'ksaplayers-daraa-surrender-deal-2018',
        locator: 'paragraphs 1 and 3 (Russian deal of 6 July)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2018-07-16-putin-trump-helsinki-summit-syria',
    start: '2018-07-16',
    kind: 'summit',
    title: {
      en: 'Putin and Trump discuss Syria at the Helsinki summit',
      ar: 'بوتين وترامب يبحثان الملف السوري في قمة هلسنكي',
      ru: 'Путин и Трамп обсудили Сирию на саммите в Хельсинки',
    },
    summary:
      "At their first formal summit, Putin and Trump said they would work together on humanitarian relief and the return of refugees to Syria and on Israel's security, Putin calling for the 1974 Israeli–Syrian disengagement agreement to be restored on the Golan, but no Syria agreement was announced.",
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'thearabweekly-putin-trump-israel-security-2018',
        locator: 'paragraphs 1–5',
      },
      {
        source: 'crs-helsinki-summit-in10933-2018',
        locator: 'paragraphs 1 and 5 (no formal readout)',
      },
      {
        source: 'haaretz-trump-putin-cooperate-syria-2018',
        locator: 'paragraphs 1–6',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2018-08-02-russian-military-police-golan',
    start: '2018-08-02',
    kind: 'military-operation',
    title: {
      en: 'Russian military police deploy along the Golan line',
      ar: 'انتشار الشرطة العسكرية الروسية على طول خط الجولان',
      ru: 'Российская военная полиция развёртывается вдоль линии на Голанах',
    },
    summary:
      "After the government retook the south-west, the Russian General Staff said UN peacekeepers escorted by Russian military police had made their first patrols in six years in the Golan separation zone and that Russia would set up eight military-police observation posts along the 'Bravo' line, to be handed to Syrian forces later.",
    sources: [
      {
        source: 'defensepost-russia-military-police-golan-2018',
        locator: 'paragraphs 1–4 (Rudskoi, Thursday 2 August)',
      },
      {
        source: 'dailysabah-un-peacekeepers-golan-2018',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'verified',
    related: ['event-2018-07-12-daraa-city-retaken'],
  },
  {
    id: 'event-2018-09-07-tehran-trilateral-summit-idlib',
    start: '2018-09-07',
    kind: 'summit',
    title: {
      en: 'Tehran summit: Putin rejects an Idlib truce',
      ar: 'قمة طهران: بوتين يرفض هدنة في إدلب',
      ru: 'Саммит в Тегеране: Путин отверг перемирие в Идлибе',
    },
    summary:
      'At the third trilateral summit, held in Tehran as a government offensive on Idlib loomed, Erdoğan called for a ceasefire, but Putin said a truce would be pointless since it would not bind groups Russia deemed terrorists; the joint statement said only that there was no military solution.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'trtworld-tehran-summit-syria-2018',
        locator: "joint statement and 'Turkey's ceasefire proposal'",
      },
      {
        source: 'reuters-dailymail-erdogan-khamenei-tehran-2018',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'nextnews24-tehran-summit-fails-idlib-truce-2018',
        locator: 'paragraphs 1–5',
      },
    ],
    confidence: 'verified',
    related: ['event-2018-09-17-sochi-idlib-memorandum'],
  },
  {
    id: 'event-2018-09-17-il-20-shot-down',
    start: '2018-09-17',
    kind: 'military-operation',
    title: {
      en: 'Syrian air defences shoot down a Russian Il-20, killing 15 servicemen',
      ar: 'الدفاعات الجوية السورية تسقط طائرة إيل-20 روسية ومقتل 15 عسكريا',
      ru: 'Сирийская ПВО сбила российский Ил-20, погибли 15 военнослужащих',
    },
    summary:
      'A Syrian S-200 missile fired during an Israeli air raid on Latakia shot down a Russian Il-20 returning to Hmeimim, killing all 15 on board; Moscow blamed Israel.',
    sources: [
      {
        source: 'bulgariaanalytica-il20-shot-down-2018',
        locator: 'summary citing The Moscow Times',
      },
      {
        source: 'rbc-tag-il-20',
        locator: 'tag page text',
      },
      {
        source: 'noticiaslatam-derribo-il20',
        locator: 'dossier text',
      },
    ],
    confidence: 'verified',
    note: 'The S-300 delivery that Russia announced afterwards is among the arms deals (October 2018).',
  },
  {
    id: 'event-2018-09-17-sochi-idlib-memorandum',
    start: '2018-09-17',
    kind: 'agreement',
    title: {
      en: 'Putin–Erdoğan Sochi memorandum on an Idlib demilitarised zone',
      ar: 'مذكرة سوتشي بين بوتين وأردوغان بشأن منطقة منزوعة السلاح في إدلب',
      ru: 'Сочинский меморандум Путина и Эрдогана о демилитаризованной зоне в Идлибе',
    },
    summary:
      'Putin and Erdoğan agreed in Sochi on a 15–20 km demilitarised zone along the Idlib contact line by 15 October, holding off a Syrian government offensive.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'dailysabah-idlib-demilitarized-zone-2018',
        locator: 'Daily Sabah, 2018-09-17',
      },
      {
        source: 'vestikavkaza-russia-turkey-idlib-2018',
        locator: "'On September 17, 2018 ... agreed to establish by October 15 a demilitarized zone'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2018-10-29-yefimov-ambassador-to-syria',
    start: '2018-10-29',
    kind: 'diplomatic',
    title: {
      en: 'Alexander Yefimov becomes Russian ambassador to Syria',
      ar: 'بوتين يعين سفيرًا روسيًا جديدًا في سوريا',
      ru: 'Путин сменил посла России в Сирии',
    },
    summary:
      'Putin signed decrees appointing Alexander Yefimov, until then ambassador to the UAE, as ambassador to Syria and relieving Alexander Kinshchak, who had held the post since December 2014.',
    people: ['alexander-yefimov', 'alexander-kinshchak', 'vladimir-putin'],
    sources: [
      {
        source: 'enabbaladi-putin-appoints-yefimov-2018',
        locator: 'paragraphs 1-2',
      },
      {
        source: 'vestikavkaza-putin-smenil-posla-v-sirii',
        locator: 'paragraphs 1-2',
      },
      {
        source: 'qa-edu-list-of-ambassadors-of-russia-to-syria',
        locator: 'infobox (since 29 October 2018)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2018-11-20-us-sanctions-russian-oil-network',
    start: '2018-11-20',
    kind: 'sanctions',
    title: {
      en: 'US sanctions Russian firms over oil shipments to the Syrian government',
      ar: 'الولايات المتحدة تفرض عقوبات على شركات روسية بسبب شحنات النفط إلى الحكومة السورية',
      ru: 'США ввели санкции против российских компаний за поставки нефти сирийскому правительству',
    },
    summary:
      "The US Treasury designated Russia's state-owned Promsyrioimport, Global Vision Group, Mir Business Bank and Promsyrioimport's first deputy director, among others, as part of an Iranian–Russian network supplying oil to the Syrian government.",
    sources: [
      {
        source: 'telesur-us-sanctions-oil-syria-2018',
        locator: 'teleSUR, 21 November 2018',
      },
      {
        source: 'zerohedge-us-sanctions-russian-iranian-2018',
        locator: '2018-11-20 report',
      },
      {
        source: 'trend-us-sanctions-oil-network-2018',
        locator: 'Trend/Sputnik report',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2018-12-12-intergovernmental-commission-damascus',
    start: '2018-12-12',
    kind: 'economic',
    title: {
      en: '11th session of the Russian–Syrian commission in Damascus',
      ar: 'الدورة الحادية عشرة للجنة السورية الروسية المشتركة في دمشق',
      ru: '11-е заседание российско-сирийской межправкомиссии в Дамаске',
    },
    summary:
      'At the 11th session of the joint commission in Damascus, co-chairs Walid al-Muallem and Yuri Borisov signed its protocol, together with a framework agreement implementing a road map for trade and industrial cooperation, an initialled housing agreement, university and business-council agreements; a commercial agreement on hydrocarbon exploration and production was its main result.',
    sources: [
      {
        source: 'sana-ru-11th-commission-damascus-2018',
        locator: 'paragraphs 1–2 (12–14 December; co-chairs al-Muallem and Borisov)',
      },
      {
        source: 'hawaalsham-11th-session-commission-2018',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'alnnour-11th-session-protocol-2018',
        locator: 'paragraph 1 (protocol and agreements signed at the close)',
      },
      {
        source: 'islamtoday-commission-moscow-december-2019',
        locator: 'last paragraphs (December 2018 session in Damascus; hydrocarbons agreement)',
      },
    ],
    confidence: 'verified',
    related: ['event-2019-04-tartus-port-stroytransgaz-contract', 'visit-2018-12-12-ru-sy-yuri-borisov'],
    note: 'Per Alamia (cited in the Tartus port record), Damascus agreed at this session to lease Tartus port.',
    end: '2018-12-14',
    people: ['walid-muallem', 'yuri-borisov'],
  },
  {
    id: 'event-2019-02-14-sochi-trilateral-summit-syria',
    start: '2019-02-14',
    kind: 'summit',
    title: {
      en: 'Fourth trilateral Syria summit in Sochi',
      ar: 'القمة الثلاثية الرابعة بشأن سوريا في سوتشي',
      ru: 'Четвёртый трёхсторонний саммит по Сирии в Сочи',
    },
    summary:
      "Hosting Erdoğan and Rouhani, Putin called for concrete steps to destroy 'terrorist strongholds' in Idlib, and the three leaders welcomed the announced US withdrawal from Syria as a positive step towards restoring the government's control.",
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'dw-putin-erdogan-rouhani-sochi-2019',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'uawire-putin-rouhani-erdogan-us-withdrawal-2019',
        locator: 'paragraphs 1–7',
      },
      {
        source: 'sputnik-pakistanpoint-putin-rouhani-erdogan-sochi-2019',
        locator: 'paragraphs 1–8',
      },
    ],
    confidence: 'verified',
    related: ['event-2018-09-17-sochi-idlib-memorandum'],
  },
  {
    id: 'event-2019-04-tartus-port-stroytransgaz-contract',
    start: '2019-04',
    kind: 'economic',
    title: {
      en: "Syria signs 49-year contract with Russia's Stroytransgaz to run Tartus commercial port",
      ar: 'سوريا توقع عقدا لمدة 49 عاما مع شركة ستروي ترانس غاز الروسية لإدارة ميناء طرطوس التجاري',
      ru: 'Сирия подписала контракт на 49 лет с российской компанией «Стройтрансгаз» на управление коммерческим портом Тартус',
    },
    summary:
      "Damascus signed a contract with STG Stroytransgaz in late April 2019 for the management, expansion and operation of Tartus port for 49 years; Syria's parliament approved it on a Wednesday in June (reported 13 June 2019).",
    sources: [
      {
        source: 'dawn-syria-hands-port-to-russia-2019',
        locator: 'Dawn/AFP, 13 June 2019',
      },
      {
        source: 'alamianews-parliament-tartus-port-2019',
        locator: 'first paragraphs',
      },
      {
        source: 'syrianobserver-parliament-tartous-port-2019',
        locator: 'Al-Watan translation',
      },
    ],
    confidence: 'verified',
    note: "Dawn says the deal was 'first signed in late April'; Alamia says Damascus agreed to lease the port at the December 2018 intergovernmental commission. The commercial-port contract is separate from the naval-facility agreement.",
  },
  {
    id: 'event-2019-04-30-northwest-syria-offensive',
    start: '2019-04-30',
    end: '2019-08-31',
    kind: 'military-operation',
    title: {
      en: 'Russian-backed offensive on northern Hama and southern Idlib',
      ar: 'هجوم مدعوم روسياً على شمال حماة وجنوب إدلب',
      ru: 'Поддержанное Россией наступление на север Хамы и юг Идлиба',
    },
    summary:
      'Backed by heavy Russian air strikes, Syrian government forces attacked the Idlib de-militarised zone agreed at Sochi in 2018, taking Kafr Nabudah in May and Khan Shaykhun and the northern Hama pocket in August.',
    sources: [
      {
        source: 'enwikipedia-nw-syria-offensive-2019',
        locator: 'infobox and lead (30 April – 31 August 2019; Russia among belligerents)',
      },
      {
        source: 'almonitor-battle-for-idlib-begun-2019',
        locator: 'paragraphs 1–5 (Kafr Nabudah taken 8 May after a week of Russian air strikes)',
      },
      {
        source: 'eaworldview-russia-regime-offensive-begins-2019',
        locator: 'opening paragraphs (ground assault after a week of Russian air strikes)',
      },
    ],
    confidence: 'verified',
    related: ['event-2019-08-21-khan-shaykhun-retaken', 'event-2018-09-17-sochi-idlib-memorandum'],
    note: 'The start is the date Wikipedia gives for the launch; EA WorldView dates the ground offensive to 6 May 2019, after a week of intensified air strikes. A government truce from 2 to 5 August interrupted it.',
  },
  {
    id: 'event-2019-08-21-khan-shaykhun-retaken',
    start: '2019-08-21',
    kind: 'military-operation',
    title: {
      en: 'Syrian army takes Khan Shaykhun in Russian-backed offensive',
      ar: 'الجيش السوري يسيطر على خان شيخون في هجوم مدعوم روسياً',
      ru: 'Сирийская армия взяла Хан-Шейхун в ходе наступления при поддержке России',
    },
    summary:
      'Backed by Russian and Syrian air strikes, government forces completed the capture of Khan Shaykhun in southern Idlib, encircling rebel-held northern Hama and the Turkish observation post at Morek.',
    sources: [
      {
        source: 'syriahr-khan-sheikhun-captured-2019',
        locator: 'paragraphs 1–3 (Wednesday, August 21st)',
      },
      {
        source: 'syrianwardaily-khan-shaykhun-2019',
        locator: 'entry on Khan Shaykhun (nonstop Syrian and Russian airstrikes)',
      },
    ],
    confidence: 'verified',
    related: ['event-2019-04-30-northwest-syria-offensive'],
  },
  {
    id: 'event-2019-09-16-ankara-summit-constitutional-committee-agreed',
    start: '2019-09-16',
    kind: 'summit',
    title: {
      en: 'Ankara summit settles Constitutional Committee',
      ar: 'قمة أنقرة تحسم مسألة اللجنة الدستورية',
      ru: 'Саммит в Анкаре урегулировал вопрос о Конституционном комитете',
    },
    summary:
      'At their fifth trilateral summit in Ankara, Putin, Erdoğan and Rouhani announced that the last differences over the membership of the Syrian Constitutional Committee, an outcome of the Sochi congress, had been overcome, leaving only its rules of procedure to settle.',
    people: ['vladimir-putin', 'alexander-lavrentiev'],
    sources: [
      {
        source: 'ap-bgdailynews-syrian-constitution-committee-ready-2019',
        locator: 'paragraphs 1–5',
      },
      {
        source: 'tass-syrian-constitutional-committee-nearly-formed-2019',
        locator: 'paragraphs 1–4 (Lavrentyev and Vershinin in Damascus the day before)',
      },
      {
        source: 'ona-erdogan-summit-productive-2019',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'verified',
    related: ['event-2018-01-29-sochi-national-dialogue-congress'],
  },
  {
    id: 'event-2019-09-19-veto-s-2019-756',
    start: '2019-09-19',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2019/756 on Syria (Idlib ceasefire)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2019/756 بشأن سوريا (وقف إطلاق النار في إدلب)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2019/756 по Сирии (прекращение огня в Идлибе)',
    },
    summary:
      'Russia and China vetoed a Belgium–Germany–Kuwait draft calling on all parties to cease hostilities in Idlib from noon Damascus time on 21 September (vote 12–2–1; China also vetoed). The rival Russia–China draft failed 2–9–4.',
    sources: [
      {
        source: 'un-press-sc13956-2019',
        locator: 'SC/13956, 8623rd meeting',
      },
      {
        source: 'tass-idlib-draft-veto-2019',
        locator: 'TASS report',
      },
      {
        source: 'wikimili-vetoed-unsc-resolutions-syria',
        locator: "table row '19 September 2019 S/2019/756'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2019-10-15-russian-military-police-manbij',
    start: '2019-10-15',
    kind: 'military-operation',
    title: {
      en: 'Russian military police patrol Manbij after US withdrawal',
      ar: 'الشرطة العسكرية الروسية تسيّر دوريات في منبج بعد الانسحاب الأمريكي',
      ru: 'Российская военная полиция патрулирует Манбидж после ухода США',
    },
    summary:
      "As US troops left Manbij during Turkey's incursion into north-eastern Syria, the Russian Defence Ministry said its military police were patrolling the line of contact between Syrian and Turkish forces there, and Russian patrols entered the town the next day.",
    sources: [
      {
        source: 'dfl3cd-wapo-russia-patrolling-manbij-2019',
        locator: 'paragraphs 1–3 (announced Tuesday, 15 October)',
      },
      {
        source: 'urdupoint-sputnik-first-patrol-manbij-2019',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'verified',
    related: ['event-2019-10-22-sochi-memorandum-northeast-syria'],
  },
  {
    id: 'event-2019-10-22-sochi-memorandum-northeast-syria',
    start: '2019-10-22',
    kind: 'agreement',
    title: {
      en: 'Putin–Erdoğan Sochi memorandum on north-east Syria',
      ar: 'مذكرة سوتشي بين بوتين وأردوغان بشأن شمال شرق سوريا',
      ru: 'Сочинский меморандум Путина и Эрдогана по северо-востоку Сирии',
    },
    summary:
      'The memorandum sent Russian military police and Syrian border guards into the border area from noon on 23 October to oversee the pull-back of YPG forces 30 km within 150 hours, followed by joint Russian–Turkish patrols to a depth of 10 km.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'xinhua-russia-turkey-memorandum-northern-syria-2019',
        locator: 'Xinhua, 2019-10-23',
      },
      {
        source: 'iswnews-sochi-agreement-text-2019',
        locator: 'point 5 of the memorandum',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2019-10-30-syrian-constitutional-committee-launched',
    start: '2019-10-30',
    kind: 'diplomatic',
    title: {
      en: 'Syrian Constitutional Committee opens in Geneva',
      ar: 'انطلاق أعمال اللجنة الدستورية السورية في جنيف',
      ru: 'В Женеве начал работу Сирийский конституционный комитет',
    },
    summary:
      'The 150-member committee of government, opposition and civil-society delegates, proposed at the Russian-hosted Sochi congress, held its opening session under UN envoy Geir Pedersen, after Lavrov met his Turkish and Iranian counterparts and Pedersen in Geneva the evening before.',
    people: ['sergey-lavrov'],
    sources: [
      {
        source: 'rt-syria-constitutional-committee-meets-2019',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'xinhua-azernews-constitutional-committee-first-session-2019',
        locator: 'paragraphs 1–3 and 7',
      },
      {
        source: 'orientnet-constitutional-committee-launched-2019',
        locator: "paragraphs 1–4 (Lavrov's press conference)",
      },
    ],
    confidence: 'verified',
    related: [
      'event-2018-01-29-sochi-national-dialogue-congress',
      'event-2019-09-16-ankara-summit-constitutional-committee-agreed',
    ],
  },
  {
    id: 'event-2019-11-14-russian-helicopter-base-qamishli',
    start: '2019-11-14',
    kind: 'basing',
    title: {
      en: 'Russia sets up a helicopter base at Qamishli airport',
      ar: 'روسيا تنشئ قاعدة للمروحيات في مطار القامشلي',
      ru: 'Россия создала вертолётную базу в аэропорту Камышлы',
    },
    summary:
      'Russia moved two Mi-35 gunships and an Mi-8 from Hmeimim to Qamishli airport in north-eastern Syria, guarded by a Pantsir system and military police, to cover its patrols under the Sochi memorandum with Turkey.',
    sources: [
      {
        source: 'defensepost-russia-helicopter-base-qamishli-2019',
        locator: 'paragraphs 1–6 (Zvezda TV, Thursday 14 November)',
      },
      {
        source: 'nationalpost-reuters-helicopter-base-qamishli-2019',
        locator: 'paragraph 1',
      },
    ],
    confidence: 'verified',
    related: ['event-2026-01-russia-withdraws-from-qamishli'],
    note: 'Reports at the time of a 49-year lease of Qamishli airport were not confirmed officially in the pages read.',
  },
  {
    id: 'event-2019-12-04-russia-starts-restoring-baath-hydro-station',
    start: '2019-12-04',
    kind: 'economic',
    title: {
      en: 'Russia starts restoring the Baath hydroelectric station',
      ar: 'روسيا تبدأ ترميم محطة البعث الكهرمائية',
      ru: 'Россия приступила к восстановлению ГЭС «Баас»',
    },
    summary:
      'Vladimir Varnavsky of the Russian reconciliation centre in Syria told RIA Novosti that Russia had begun restoring the Soviet-built Baath hydroelectric station near Raqqa, held by the SDF since 2017, after Russian forces deployed east of the Euphrates under the October 2019 Sochi memorandum.',
    sources: [
      {
        source: 'enabbaladi-russia-restores-baath-hydro-2019',
        locator: 'paragraphs 1–3 and 6 (RIA Novosti, Wednesday 4 December)',
      },
      {
        source: 'alwatan-russia-restores-baath-hydro-2019',
        locator: 'paragraphs 1–2',
      },
    ],
    confidence: 'reported',
    related: ['event-2019-10-22-sochi-memorandum-northeast-syria', 'event-1977-baath-dam-agreement'],
    note: 'Both pages rest on one RIA Novosti report.',
  },
  {
    id: 'event-2019-12-16-parliament-approves-russian-oil-contracts',
    start: '2019-12-16',
    kind: 'economic',
    title: {
      en: 'Syrian parliament approves Russian oil contracts',
      ar: 'مجلس الشعب السوري يصادق على عقود نفطية روسية',
      ru: 'Парламент Сирии одобрил российские нефтяные контракты',
    },
    summary:
      "The People's Assembly ratified contracts signed on 2 September 2019 giving the Russian firms Mercury LLC oil exploration, development and production rights in Blocks 7 and 19 (including an oilfield in the north-east) and Velada LLC a gas block (Block 23) north of Damascus, which Oil Minister Ali Ghanem said reflected a policy of favouring Russia and Iran.",
    sources: [
      {
        source: 'almasdar-syria-grants-oil-gas-contracts-russian-2019',
        locator: 'paragraphs 1–4 (Monday session; contracts signed 2-9-2019; Blocks 7, 19, 23)',
      },
      {
        source: 'moscowtimes-syria-hands-oil-contracts-russian-firms',
        locator: 'paragraphs 1–4 (SANA; passed on Monday)',
      },
      {
        source: 'logi-syria-approves-oil-contracts-russia',
        locator: 'paragraphs 1–4 (first signed at the Damascus International Fair in September)',
      },
    ],
    confidence: 'verified',
    related: ['event-2018-12-12-intergovernmental-commission-damascus'],
  },
  {
    id: 'event-2019-12-20-veto-s-2019-961',
    start: '2019-12-20',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2019/961 on Syria (cross-border humanitarian aid)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2019/961 بشأن سوريا (المساعدات الإنسانية عبر الحدود)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2019/961 по Сирии (трансграничная гуманитарная помощь)',
    },
    summary:
      "Russia and China vetoed a Belgium–Germany–Kuwait draft renewing UN cross-border aid deliveries into Syria (vote 13–2; China also vetoed); Russia's rival draft for six months through two Turkish crossings then failed 5–6–4.",
    sources: [
      {
        source: 'pakobserver-14th-veto-2019',
        locator: "first paragraphs: Russia's 14th veto, backed by China",
      },
      {
        source: 'dailyherald-un-defeats-rival-resolutions-2019',
        locator: 'AP report',
      },
      {
        source: 'ksgindia-cross-border-veto-2019',
        locator: 'items 1–3',
      },
      {
        source: 'wikimili-vetoed-unsc-resolutions-syria',
        locator: "table row '20 December 2019 S/2019/961'",
      },
      {
        source: 'voltairenet-7th-8th-veto-2019',
        locator: "'for the 7th and 8th time respectively' China and Russia",
      },
    ],
    confidence: 'verified',
    note: "Sources differ on the terms of the vetoed text: AP (Daily Herald) says it had been watered down to six months and three crossings; KSG India and Sputnik/UrduPoint describe one year through three crossings. Voltaire Network calls it Russia's 8th veto 'against Syria', while Pakistan Observer/AFP calls it the 14th.",
  },
  {
    id: 'event-2019-12-25-intergovernmental-commission-moscow',
    start: '2019-12-25',
    kind: 'economic',
    title: {
      en: '12th session of the Russian–Syrian commission in Moscow',
      ar: 'الدورة الثانية عشرة للجنة الروسية السورية في موسكو',
      ru: '12-е заседание российско-сирийской межправкомиссии в Москве',
    },
    summary:
      "The 12th session of the permanent intergovernmental commission in Moscow, co-chaired by Deputy Prime Minister Yuri Borisov and Walid al-Muallem, ended with a closed meeting that signed the final protocol and an agreement on customs facilitation, a week after Borisov's visit to Damascus.",
    sources: [
      {
        source: 'syriatimes-joint-committee-protocol-moscow-2019',
        locator:
          'paragraphs 1–3 (concluded on Wednesday in Moscow; protocol signed by al-Moallem and Borisov, customs agreement with FCS deputy head Vladimir Evin)',
      },
      {
        source: 'agenzianova-commission-next-damascus-2021',
        locator: 'last sentence (met on 25 December 2019 in Moscow; protocol on customs facilitation)',
      },
      {
        source: 'alwafd-commission-moscow-borisov-muallem-2019',
        locator: 'whole item (Wednesday, Moscow, Borisov and al-Muallem, protocol signed)',
      },
      {
        source: 'xinhua-ar-borisov-delegation-damascus-2020',
        locator:
          'paragraph 3 (12th meeting in Moscow in December 2019; final protocol and customs facilitation agreement)',
      },
    ],
    confidence: 'verified',
    people: ['yuri-borisov', 'walid-muallem'],
    related: [
      'visit-2019-12-23-sy-ru-walid-muallem',
      'visit-2019-12-16-ru-sy-yuri-borisov',
      'event-2018-12-12-intergovernmental-commission-damascus',
    ],
    note: 'Schedules published beforehand (Sputnik, citing Al-Watan) put the session on 23–24 December; the reports after it date the closing session and signing to Wednesday 25 December.',
  },
  {
    id: 'event-2020-russia-wheat-aid-100000-tonnes',
    start: '2020',
    kind: 'economic',
    title: {
      en: 'Russia supplies 100,000 tonnes of wheat aid to Syria in 2020',
      ar: 'روسيا تورّد إلى سوريا 100 ألف طن من القمح كمساعدات في 2020',
      ru: 'Россия поставила Сирии 100 тыс. тонн пшеницы в качестве помощи в 2020 году',
    },
    summary:
      'Interfax reported in December 2020 that Russia had supplied Syria with 100,000 tonnes of wheat as humanitarian aid since the start of the year and planned further shipments, although Russian customs data showed no significant wheat supplies to Syria.',
    sources: [
      {
        source: 'worldgrain-russia-donating-wheat-syria-2020',
        locator: 'paragraphs 1 and 3 (Interfax, 18 December)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-2020-01-28-maarat-al-numan-retaken',
    start: '2020-01-28',
    kind: 'military-operation',
    title: {
      en: 'Syrian army takes Maarat al-Numan with Russian air support',
      ar: 'الجيش السوري يسيطر على معرة النعمان بدعم جوي روسي',
      ru: 'Сирийская армия при поддержке российской авиации взяла Мааррет-эн-Нууман',
    },
    summary:
      'Government forces backed by Russian air strikes took Maarat al-Numan, the second-largest town in Idlib province and a rebel town since 2012 on the Damascus–Aleppo highway.',
    sources: [
      {
        source: 'trtworld-maarat-al-numan-2020',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'thearabweekly-maaret-al-numan-2020',
        locator: 'paragraphs 1–5',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '2020-01-29',
        sources: [
          {
            source: 'thearabweekly-maaret-al-numan-2020',
            locator: "paragraph 5 ('The capture of Maaret al-Numan January 29')",
          },
        ],
        note: 'SOHR, via TRT World, reported full control on Tuesday 28 January; The Arab Weekly dates the capture to 29 January.',
      },
    ],
  },
  {
    id: 'event-2020-02-27-balyun-strike-turkish-soldiers',
    start: '2020-02-27',
    kind: 'military-operation',
    title: {
      en: 'Air strike at Balyun kills at least 33 Turkish soldiers',
      ar: 'غارة جوية في بليون تقتل 33 جندياً تركياً على الأقل',
      ru: 'Авиаудар в Бальюне: погибли не менее 33 турецких военных',
    },
    summary:
      'An air strike on a Turkish army force in Idlib killed at least 33 Turkish soldiers during the Russian-backed government offensive; Ankara blamed Syrian forces, and Moscow said the Turks had been among militant units and that its aircraft had not struck the area.',
    sources: [
      {
        source: 'arabobserver-33-turkish-soldiers-killed-2020',
        locator: 'paragraphs 1–6 (Russian Defence Ministry statement)',
      },
      {
        source: 'onenewspage-turkey-nato-stop-syrian-army-2020',
        locator: 'aggregated Pravda.ru text (Russian aviation did not strike Behun)',
      },
      {
        source: 'ajabat-balyun-airstrikes-2020',
        locator: 'lead paragraph',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'summary',
        value:
          "Syrian and Russian air forces carried out the two strikes on the Turkish convoy at Balyun, killing 34 Turkish soldiers by Erdogan's count",
        sources: [
          {
            source: 'ajabat-balyun-airstrikes-2020',
            locator: 'lead paragraph',
          },
        ],
        note: 'Russia denied any part in the strike; the attribution to Russian aircraft comes from the Arabic Wikipedia article and contemporary commentators.',
      },
    ],
    related: ['event-2020-03-05-moscow-idlib-ceasefire-protocol'],
  },
  {
    id: 'event-2020-02-28-putin-erdogan-call-after-idlib-strike',
    start: '2020-02-28',
    kind: 'diplomatic',
    title: {
      en: 'Putin–Erdoğan call after 33 Turkish soldiers die in Idlib',
      ar: 'اتصال بين بوتين وأردوغان بعد مقتل 33 جندياً تركياً في إدلب',
      ru: 'Разговор Путина и Эрдогана после гибели 33 турецких военных в Идлибе',
    },
    summary:
      'The day after a Syrian government strike killed 33 Turkish soldiers in Idlib, Putin and Erdoğan agreed by phone that new measures were needed to stabilise north-west Syria and that they would hold a top-level meeting, which produced the Moscow ceasefire protocol of 5 March.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'reuters-nationalpost-putin-erdogan-new-measures-2020',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'rt-putin-erdogan-phone-idlib-2020',
        locator: 'paragraphs 1–4 (Kremlin statement)',
      },
      {
        source: 'dailysabah-ar-erdogan-putin-call-idlib-2020',
        locator: 'whole item (Turkish presidency sources)',
      },
      {
        source: 'tass-cavusoglu-lavrov-call-before-summit-2020',
        locator: 'paragraphs 3–5 (36 soldiers per Turkey; Russian MoD denial)',
      },
    ],
    confidence: 'verified',
    note: 'Turkish sources later put the death toll at 36; the Russian Defence Ministry said its aircraft had made no sorties in the area (TASS).',
    related: ['event-2020-03-05-moscow-idlib-ceasefire-protocol'],
  },
  {
    id: 'event-2020-03-05-moscow-idlib-ceasefire-protocol',
    start: '2020-03-05',
    kind: 'agreement',
    title: {
      en: 'Russia–Turkey Moscow protocol on an Idlib ceasefire',
      ar: 'بروتوكول موسكو الروسي التركي لوقف إطلاق النار في إدلب',
      ru: 'Московский протокол России и Турции о прекращении огня в Идлибе',
    },
    summary:
      'After six hours of Putin–Erdoğan talks in Moscow, the two sides agreed a ceasefire along the Idlib contact line from 00:01 on 6 March, a security corridor 6 km either side of the M4 highway, and joint patrols from 15 March.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'infobalkans-turkey-russia-idlib-ceasefire-2020',
        locator: 'InfoBalkans, 5 March 2020',
      },
      {
        source: 'jowhar-midnight-ceasefire-idlib-2020',
        locator: 'first paragraphs',
      },
      {
        source: 'trtworld-idlib-protocol-2020',
        locator: 'three articles of the protocol',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2020-03-15-first-russian-turkish-patrol-m4',
    start: '2020-03-15',
    kind: 'military-operation',
    title: {
      en: 'First joint Russian–Turkish patrol on the M4 in Idlib',
      ar: 'أول دورية روسية تركية مشتركة على طريق M4 في إدلب',
      ru: 'Первое совместное российско-турецкое патрулирование трассы М-4 в Идлибе',
    },
    summary:
      'Under the Moscow protocol of 5 March, Russian and Turkish troops carried out their first joint patrol on the M4 Aleppo–Latakia highway from Trumba west of Saraqib; the Russian Defence Ministry said militants used civilians as human shields to obstruct it.',
    sources: [
      {
        source: 'thesaxon-first-joint-patrol-idlib-2020',
        locator: 'paragraphs 1–3 (Sunday, March 15)',
      },
      {
        source: 'dailysabah-6th-joint-patrol-m4-2020',
        locator: 'paragraph 6 (protocol: patrols from 15 March, Trumba to Ain al-Havr)',
      },
      {
        source: 'elnashra-first-joint-patrol-2020',
        locator: 'paragraph 1 (Turkish Defence Ministry)',
      },
    ],
    confidence: 'verified',
    related: ['event-2020-03-05-moscow-idlib-ceasefire-protocol'],
  },
  {
    id: 'event-2020-05-yefimov-named-presidential-envoy-for-syria',
    start: '2020-05',
    kind: 'diplomatic',
    title: {
      en: "Ambassador Yefimov made Putin's special envoy for Syria",
      ru: 'Путин ввел должность спецпредставителя по Сирии и назначил им посла в Дамаске',
      ar: 'تعيين السفير يفيموف مبعوثاً خاصاً لبوتين إلى سوريا',
    },
    summary:
      'By decree Putin created the new post of presidential special representative for developing relations with Syria and gave it to his ambassador in Damascus, Alexander Yefimov, days after Yefimov had dismissed reports that Putin wanted Assad removed.',
    people: ['alexander-yefimov', 'vladimir-putin'],
    sources: [
      {
        source: 'kasparov-putin-special-representative-syria-2020',
        locator: 'paragraphs 1-4',
      },
      {
        source: 'nation-pk-putin-appoints-envoy-syria-2020',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'voltairenet-efimov-special-representative-2020',
        locator: 'paragraph 1',
      },
    ],
    confidence: 'verified',
    related: ['event-2018-10-29-yefimov-ambassador-to-syria'],
    note: 'The decree was published on the official legal portal; the archived copy of the report is dated 25 May 2020.',
  },
  {
    id: 'event-2020-05-29-putin-orders-talks-on-hmeimim-expansion',
    start: '2020-05-29',
    kind: 'basing',
    title: {
      en: 'Putin orders talks on more land and sea area for Hmeimim',
      ar: 'بوتين يأمر بإجراء مفاوضات بشأن مساحات برية وبحرية إضافية لحميميم',
      ru: 'Путин поручил провести переговоры о дополнительной территории и акватории для Хмеймима',
    },
    summary:
      "A presidential directive published on the legal portal accepted the government's proposal to sign Protocol No. 1 to the 2015 Hmeimim agreement on transferring additional real estate and water area, and authorised the defence and foreign ministries to negotiate and sign it.",
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'argumenti-putin-peregovory-hmeimim-2020',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'noticiaslatam-rusia-ampliacion-bases-2020',
        locator: 'paragraphs 1–2 (quoted directive)',
      },
      {
        source: 'kxan36-russia-plans-expand-base-2020',
        locator: 'paragraphs 1–3 (posted Friday on the legal portal)',
      },
    ],
    confidence: 'verified',
    continues: 'event-2015-08-26-hmeimim-air-group-agreement',
  },
  {
    id: 'event-2020-05-31-russian-centre-damascus-resumes-courses',
    start: '2020-05-31',
    kind: 'other',
    title: {
      en: 'Russian cultural centre in Damascus reopens after 7 years',
      ar: 'المركز الثقافي الروسي في دمشق يستأنف نشاطه بعد 7 سنوات من التوقف',
      ru: 'Российский культурный центр в Дамаске вновь открылся спустя 7 лет',
    },
    summary:
      'The Russian Centre for Science and Culture in Damascus, shut since the mortar fire on the capital in 2013, resumed Russian-language and music courses and opened its library again.',
    sources: [
      {
        source: 'sputnikarabic-russian-centre-damascus-resumes-2020',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'agenzianova-russian-language-syria-2020',
        locator: 'paragraph 1 (enrolment reopened 31 May, first time since 2013)',
      },
      {
        source: 'mobsearch-ria-russian-centre-damascus-reopens-2020',
        locator: 'paragraphs 1-2',
      },
    ],
    confidence: 'verified',
    note: 'Agenzia Nova gives 31 May for the reopening of enrolment; RIA says the centre reopened after the quarantine was lifted on 26 May.',
  },
  {
    id: 'event-2020-07-01-astana-guarantors-virtual-summit',
    start: '2020-07-01',
    kind: 'summit',
    title: {
      en: 'Sixth Astana-format summit held by video link',
      ar: 'عقد القمة السادسة بصيغة أستانا عبر الفيديو',
      ru: 'Шестой саммит в астанинском формате прошёл в режиме видеоконференции',
    },
    summary:
      'Because of the coronavirus pandemic the presidents of Russia, Turkey and Iran held their sixth summit on Syria online, agreeing to meet in person in Tehran when conditions allowed.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'tass-trend-putin-astana-meeting-iran-2022',
        locator: 'paragraph 2',
      },
      {
        source: 'voicebd24-trilateral-statement-tehran-2022',
        locator: "point 1 of the joint statement ('last virtual summit on 1 July 2020')",
      },
      {
        source: 'irna-shafaqna-tehran-astana-summit-2022',
        locator: 'paragraph 4',
      },
    ],
    confidence: 'verified',
    note: "IRNA (via Shafaqna) places the video summit in 'the summer of 2020' without a day.",
  },
  {
    id: 'event-2020-07-07-veto-s-2020-654',
    start: '2020-07-07',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2020/654 on Syria (cross-border aid for one year)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2020/654 بشأن سوريا (المساعدات عبر الحدود لمدة عام)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2020/654 по Сирии (трансграничная помощь на один год)',
    },
    summary:
      "Russia and China vetoed a Belgium–Germany draft that would have kept aid flowing through Bab al-Salam and Bab al-Hawa until 10 July 2021 (vote 13–2; China also vetoed); Russia's draft S/2020/658 (Bab al-Hawa only, to 20 January 2021) failed on 8 July, 4–7–4.",
    sources: [
      {
        source: 'un-press-sc14244-2020',
        locator: 'SC/14244',
      },
      {
        source: 'wikimili-vetoed-unsc-resolutions-syria',
        locator: "table row '7 July 2020 S/2020/654'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2020-07-10-veto-s-2020-667',
    start: '2020-07-10',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2020/667 on Syria (cross-border aid for six months)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2020/667 بشأن سوريا (المساعدات عبر الحدود لمدة ستة أشهر)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2020/667 по Сирии (трансграничная помощь на шесть месяцев)',
    },
    summary:
      'Russia and China vetoed a second Belgium–Germany draft that would have renewed the cross-border mechanism for six months through the two Turkish crossings (China also vetoed).',
    sources: [
      {
        source: 'un-press-sc14246-2020',
        locator: 'SC/14246',
      },
      {
        source: 'wikimili-vetoed-unsc-resolutions-syria',
        locator: "table row '10 July 2020 S/2020/667'",
      },
      {
        source: 'ilna-draft-resolution-tag',
        locator: 'first item',
      },
    ],
    confidence: 'verified',
    note: 'The UN excerpt read does not give the vote tally; the vetoing states come from the Wikipedia mirror and ILNA.',
  },
  {
    id: 'event-2020-07-21-hmeimim-protocol-no-1-signed',
    start: '2020-07-21',
    end: '2020-07-30',
    kind: 'basing',
    title: {
      en: 'Protocol No. 1 grants Russia 8 ha more near Hmeimim',
      ru: 'Россия и Сирия договорились о расширении авиабазы Хмеймим',
      ar: 'البروتوكول رقم 1 يمنح روسيا 8 هكتارات إضافية قرب حميميم',
    },
    summary:
      'Syria signed on 21 July and Russia on 30 July a protocol to the 2015 air-group agreement handing Russia, free of charge for the life of the agreement, an 8-hectare plot and an equal sea area in Latakia province for a medical and rehabilitation centre of the Russian air group.',
    sources: [
      {
        source: 'uawire-syria-gives-russia-land-khmeimim-2020',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'aif-rasshirenie-aviabazy-hmeimim-2020',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'syriareport-grant-land-hmeimim-2020',
        locator: 'paragraphs 1–5',
      },
    ],
    confidence: 'verified',
    continues: 'event-2020-05-29-putin-orders-talks-on-hmeimim-expansion',
    note: 'One copy of the Sputnik report gives 21 June for the Syrian signature; AiF, UAWire and The Syria Report give 21 July.',
  },
  {
    id: 'event-2020-08-gladkikh-killed-deir-ez-zor',
    start: '2020-08',
    kind: 'military-operation',
    title: {
      en: 'Maj.-Gen. Vyacheslav Gladkikh killed by a roadside bomb',
      ru: 'Под Дейр-эз-Зором погиб генерал-майор Вячеслав Гладких',
      ar: 'مقتل اللواء فياتشيسلاف غلادكيخ بعبوة ناسفة على جانب الطريق',
    },
    summary:
      'A senior Russian military adviser, Maj.-Gen. Vyacheslav Gladkikh, deputy commander of the 36th Army, died of wounds when a roadside bomb hit a Russian convoy returning from a humanitarian action near Deir ez-Zor; the Defence Ministry announced the death on 18 August 2020.',
    people: ['vyacheslav-gladkikh'],
    sources: [
      {
        source: 'rbc-general-pogib-deir-ez-zor-2020',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'novayagazeta-generaly-v-pustyne-2020',
        locator: 'paragraphs 1–3 (third Russian general to die in Syria)',
      },
    ],
    confidence: 'verified',
    related: ['event-2017-09-asapov-killed-deir-ez-zor'],
    note: 'The sources give the day the death became known (18 August), not the day of the blast.',
  },
  {
    id: 'event-2020-09-21-rosatom-syria-nuclear-memorandum',
    start: '2020-09-21',
    kind: 'agreement',
    title: {
      en: "Rosatom and Syria's atomic energy commission sign memorandum",
      ar: 'مذكرة تفاهم بين روس أتوم وهيئة الطاقة الذرية السورية',
      ru: '«Росатом» и Комиссия по атомной энергии Сирии подписали меморандум',
    },
    summary:
      'On the sidelines of the IAEA General Conference in Vienna, Rosatom head Alexei Likhachev and Ibrahim Othman, director-general of the Atomic Energy Commission of Syria, signed a memorandum on non-power uses of nuclear technology in medicine, agriculture and industry, nuclear and radiation safety, and staff training.',
    sources: [
      {
        source: 'albaath-syria-russia-peaceful-nuclear-2020',
        locator: 'paragraphs 1–2 (signed in Vienna on Monday; Rosatom statement)',
      },
      {
        source: 'rwr-rosatom-syria-nuclear-2020',
        locator: 'paragraph 1 (21 September)',
      },
      {
        source: 'almasdar-russia-syria-nuclear-mou-2020',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'verified',
    related: ['event-1999-05-19-peaceful-atomic-energy-agreement'],
  },
  {
    id: 'event-2020-11-11-nine-agreements-damascus-refugee-conference',
    start: '2020-11-11',
    kind: 'agreement',
    title: {
      en: 'Nine Russian–Syrian deals at Damascus refugee conference',
      ar: 'تسعة اتفاقات روسية سورية في مؤتمر اللاجئين بدمشق',
      ru: 'Девять российско-сирийских соглашений на конференции по беженцам в Дамаске',
    },
    summary:
      'Mikhail Mizintsev, head of the Russian–Syrian coordination centre for refugee return, said Russian and Syrian agencies had signed nine agreements and memorandums on the sidelines of the Damascus International Conference on the Return of Refugees and planned eight more on energy, customs and education.',
    sources: [
      {
        source: 'urdupoint-sputnik-nine-deals-damascus-conference-2020',
        locator: 'paragraphs 1–3 (Sputnik, 11 November 2020)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-2021-russia-plans-1-million-tonnes-wheat',
    start: '2021',
    kind: 'economic',
    title: {
      en: 'Russia plans up to 1 million tonnes of wheat for Syria',
      ar: 'روسيا تعتزم توريد ما يصل إلى 1 مليون طن من القمح إلى سوريا',
      ru: 'Россия планирует поставить Сирии до 1 млн тонн пшеницы',
    },
    summary:
      'The Russian embassy in Damascus said Russia planned to supply Syria with up to 1 million tonnes of wheat in 2021 under contracts, of which 350,000 tonnes had been delivered that spring.',
    sources: [
      {
        source: 'nasdaq-reuters-russia-1mt-wheat-syria-2021',
        locator: 'paragraphs 1–3 (Interfax citing Ambassador Alexander Efimov, 28 May 2021)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-2021-03-capital-offshore-block-1-contract',
    start: '2021-03',
    kind: 'economic',
    title: {
      en: "Syria signs offshore Block 1 contract with Russia's Capital",
      ar: 'سوريا توقع عقد البلوك البحري رقم 1 مع شركة كابيتال الروسية',
      ru: 'Сирия подписала контракт по морскому блоку № 1 с российской компанией «Капитал»',
    },
    summary:
      "Syria's oil ministry signed with the Russian company Capital LLC a contract giving it exclusive rights to explore and develop offshore Block 1, some 2,250 km² off Tartus down to the Lebanese maritime border, with an exploration period of up to seven years and a 25-year development phase; it was Syria's second offshore deal with a Russian firm.",
    sources: [
      {
        source: 'agenzianova-capital-offshore-contract-2021',
        locator: 'whole item (Al-Thawra: second offshore agreement with a Russian company, Block 1)',
      },
      {
        source: 'freshsyria-capital-32-year-contract-2021',
        locator: "paragraphs 1–4 (signed 'today, Wednesday'; 2,250 km²; 32 years)",
      },
      {
        source: 'verityweekly-syria-ratifies-capital-contract-2021',
        locator: 'paragraphs 1–2 (48-month exploration extendable by 36; 25-year development)',
      },
    ],
    confidence: 'verified',
    related: ['event-2013-12-25-soyuzneftegaz-offshore-contract'],
    note: 'Reports differ on the total term (32 or 37 years) depending on extensions counted.',
  },
  {
    id: 'event-2021-05-25-tu-22m3-first-deployed-hmeimim',
    start: '2021-05-25',
    kind: 'basing',
    title: {
      en: 'Tu-22M3 bombers based at Hmeimim for the first time',
      ar: 'قاذفات تو-22 إم 3 تتمركز في حميميم لأول مرة',
      ru: 'Бомбардировщики Ту-22М3 впервые размещены на авиабазе Хмеймим',
    },
    summary:
      "Three Tu-22M3 long-range bombers flew to Hmeimim, the first time the type was based there, after the base's second runway was rebuilt so that every type of Russian military aircraft, including heavy ones, could use it.",
    sources: [
      {
        source: 'tass-tu22m3-flights-hmeymim-2021',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'rp-rosyjskie-bombowce-syria-2021',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'urdupoint-sputnik-tu22m3-first-flights-2021',
        locator: "paragraphs 1–2 (26 May: crews 'who arrived ... the day before')",
      },
    ],
    confidence: 'verified',
    related: ['event-2021-06-25-mig-31k-first-deployed-hmeimim'],
    note: 'The arrival day follows from the Defence Ministry statement of 26 May that the bombers had arrived the day before.',
  },
  {
    id: 'event-2021-06-25-mig-31k-first-deployed-hmeimim',
    start: '2021-06-25',
    kind: 'military-operation',
    title: {
      en: 'Kinzhal-carrying MiG-31Ks first deployed to Hmeimim',
      ar: 'نشر مقاتلات ميغ-31 كيه الحاملة لصواريخ كينجال في حميميم لأول مرة',
      ru: 'МиГ-31К — носители «Кинжалов» впервые переброшены на авиабазу Хмеймим',
    },
    summary:
      "Russia sent two MiG-31K fighters able to carry Kinzhal hypersonic missiles to Hmeimim for the first time, for an exercise of its permanent Mediterranean naval task force with the Aerospace Forces, after the base's runway had been lengthened.",
    sources: [
      {
        source: 'diariooctubre-mig31k-siria-2021',
        locator: "paragraph 1 (deployed 'este viernes', article of 26 June 2021)",
      },
      {
        source: 'thewall-hypersonic-jets-syria-2022',
        locator: 'paragraph 5 (Kinzhal jets first sent the previous year after the runway was expanded, per Rob Lee)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2021-07-09-unsc-resolution-2585-us-russia-compromise',
    start: '2021-07-09',
    kind: 'agreement',
    title: {
      en: 'US–Russian compromise renews Syria aid (res. 2585)',
      ar: 'حل وسط أمريكي روسي يمدد المساعدات لسوريا (القرار 2585)',
      ru: 'Американо-российский компромисс продлил помощь Сирии (резолюция 2585)',
    },
    summary:
      'A text negotiated by the US and Russian UN ambassadors after the Biden–Putin Geneva summit was adopted unanimously, keeping the Bab al-Hawa crossing open for six months with an expected further six, and encouraging cross-line deliveries from Damascus; Biden and Putin welcomed it in a call the same day.',
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'un-press-sc14577-2021',
        locator: 'SC/14577, paragraphs 1–2',
      },
      {
        source: 'rferl-un-syria-aid-russia-compromise-2021',
        locator: 'paragraphs 1–3 and 8 (White House statement)',
      },
      {
        source: 'mid-press-release-resolution-2585-2021',
        locator: 'paragraphs 1–2',
      },
    ],
    confidence: 'verified',
    related: ['event-2020-07-10-veto-s-2020-667', 'event-2022-07-08-veto-bab-al-hawa-norway-ireland'],
  },
  {
    id: 'event-2021-09-01-russian-brokered-deal-daraa-al-balad',
    start: '2021-09-01',
    kind: 'military-operation',
    title: {
      en: 'Russian-brokered deal ends siege of Daraa al-Balad',
      ar: 'اتفاق بوساطة روسية ينهي حصار درعا البلد',
      ru: 'Соглашение при посредничестве России положило конец осаде Дараа-эль-Балад',
    },
    summary:
      'A deal brokered by Russian generals ended a two-month government siege of Daraa al-Balad; Russian military police began patrolling the district and Russian and Syrian flags were raised over its post office.',
    sources: [
      {
        source: 'upnewsinfo-reuters-russian-troops-patrol-deraa-2021',
        locator: 'paragraphs 1–4 (patrols began Wednesday)',
      },
      {
        source: 'newarab-flags-raised-daraa-al-balad-2021',
        locator: 'paragraphs 1–4 (agreement confirmed Wednesday)',
      },
    ],
    confidence: 'verified',
    related: ['event-2018-07-12-daraa-city-retaken'],
  },
  {
    id: 'event-2022-syria-wheat-deals-russian-companies',
    start: '2022',
    kind: 'economic',
    title: {
      en: 'Syria signs deals for 600,000 tonnes of Russian wheat',
      ar: 'سوريا توقع صفقات لاستيراد 600 ألف طن من القمح الروسي',
      ru: 'Сирия подписала сделки на 600 тыс. тонн российской пшеницы',
    },
    summary:
      "After a poor 2022 harvest, Syria's internal trade minister Amr Salem agreed with Russian state companies to follow up earlier supply contracts, and a ministry source said deals had been signed to import 600,000 tonnes of wheat, enough until the first half of 2023.",
    sources: [
      {
        source: 'zamanalwsl-regime-signs-wheat-deals-russia-2022',
        locator: 'paragraphs 1–4 (Tishreen and North Press reports)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-2022-02-15-tu-22m3-mig-31k-hmeimim-drills',
    start: '2022-02-15',
    kind: 'military-operation',
    title: {
      en: 'Tu-22M3 bombers and Kinzhal-armed MiG-31Ks flown to Hmeimim',
      ru: 'Ту-22М3 и МиГ-31К с «Кинжалами» переброшены на Хмеймим',
      ar: 'نقل قاذفات تو-22 إم 3 ومقاتلات ميغ-31 كيه المزودة بصواريخ كينجال إلى حميميم',
    },
    summary:
      'Days before the invasion of Ukraine, the Defence Ministry moved Tu-22M3 bombers and MiG-31K fighters with Kinzhal missiles to Hmeimim for naval drills in the eastern Mediterranean, where three NATO carrier groups were operating.',
    sources: [
      {
        source: 'tass-tu22m3-mig31k-hmeymim-2022',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'elnashra-kinzhal-hmeimim-2022',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'verified',
    related: ['visit-2022-02-15-ru-sy-sergei-shoigu', 'event-2021-06-25-mig-31k-first-deployed-hmeimim'],
  },
  {
    id: 'event-2022-02-25-assad-putin-call-backs-invasion-of-ukraine',
    start: '2022-02-25',
    kind: 'diplomatic',
    title: {
      en: 'Assad calls Putin to back the invasion of Ukraine',
      ar: 'الأسد يتصل ببوتين معلناً دعمه لغزو أوكرانيا',
      ru: 'Асад позвонил Путину, чтобы поддержать вторжение в Украину',
    },
    summary:
      "On the day after Russia invaded Ukraine, Assad telephoned Putin to voice strong support for the 'special military operation', calling it a correction of history, and the two leaders also discussed the Astana format on Syria.",
    people: ['bashar-al-assad', 'vladimir-putin'],
    sources: [
      {
        source: 'kremlin-putin-assad-call-2022-02-25',
        locator: 'Kremlin readout, 25 February 2022',
      },
      {
        source: 'reuters-unionleader-assad-backs-putin-2022',
        locator: 'paragraphs 1–3 (Syrian presidency statement)',
      },
      {
        source: 'syriatimes-assad-putin-call-donbas-2022',
        locator: 'paragraphs 1–5',
      },
    ],
    confidence: 'verified',
    related: ['event-2022-03-02-syria-votes-against-unga-es-11-1'],
  },
  {
    id: 'event-2022-03-02-syria-votes-against-unga-es-11-1',
    start: '2022-03-02',
    kind: 'un-vote',
    title: {
      en: 'Syria votes against UN resolution ES-11/1 on Ukraine',
      ar: 'سوريا تصوت ضد قرار الأمم المتحدة ES-11/1 بشأن أوكرانيا',
      ru: 'Сирия проголосовала против резолюции ООН ES-11/1 по Украине',
    },
    summary:
      "Syria was one of five states, with Russia, Belarus, North Korea and Eritrea, to vote against the General Assembly resolution deploring Russia's aggression against Ukraine and demanding its withdrawal (141 for, 35 abstentions).",
    sources: [
      {
        source: 'inews-un-vote-breakdown-2022-03-02',
        locator: "list 'Countries that voted against the resolution'",
      },
      {
        source: 'wikipedia-unga-es-11-1',
        locator: 'infobox and lead',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2022-03-24-syria-votes-against-unga-es-11-2',
    start: '2022-03-24',
    kind: 'un-vote',
    title: {
      en: 'Syria votes against UN resolution ES-11/2 on Ukraine aid',
      ar: 'سوريا تصوت ضد قرار الأمم المتحدة ES-11/2 بشأن المساعدات لأوكرانيا',
      ru: 'Сирия проголосовала против резолюции ООН ES-11/2 о помощи Украине',
    },
    summary:
      'Syria again joined Russia, Belarus, North Korea and Eritrea in voting against the Ukrainian-drafted General Assembly resolution demanding aid access and civilian protection in Ukraine (140 for, 38 abstentions).',
    sources: [
      {
        source: 'reuters-nationalpost-unga-ukraine-aid-2022',
        locator: 'paragraph 2',
      },
      {
        source: 'partitoradicale-unga-humanitarian-ukraine-2022',
        locator: 'paragraph 1',
      },
    ],
    confidence: 'verified',
    note: 'Resolution ES-11/2.',
  },
  {
    id: 'event-2022-04-07-syria-votes-against-suspending-russia-from-hrc',
    start: '2022-04-07',
    kind: 'un-vote',
    title: {
      en: "Syria votes against Russia's suspension from the HRC",
      ar: 'سوريا تصوت ضد تعليق عضوية روسيا في مجلس حقوق الإنسان',
      ru: 'Сирия голосует против приостановки членства России в СПЧ ООН',
    },
    summary:
      "Syria was among the 24 states voting against the US-proposed General Assembly resolution suspending Russia's membership of the UN Human Rights Council over the invasion of Ukraine (93 for, 58 abstentions).",
    sources: [
      {
        source: 'afp-ahram-unga-suspends-russia-hrc-2022',
        locator: 'paragraphs 3–6',
      },
      {
        source: 'ubn-unga-excluded-russia-hrc-2022',
        locator: 'paragraph 1 (list of states voting against)',
      },
    ],
    confidence: 'verified',
    note: 'Resolution ES-11/3; the vote was in the General Assembly, not in the Council itself.',
  },
  {
    id: 'event-2022-06-29-syria-recognises-donetsk-luhansk',
    start: '2022-06-29',
    kind: 'recognition',
    title: {
      en: "Syria recognises the Donetsk and Luhansk 'republics'",
      ar: 'سوريا تعترف بـ«جمهوريتي» دونيتسك ولوغانسك',
      ru: 'Сирия признаёт Донецкую и Луганскую «республики»',
    },
    summary:
      'Citing a foreign ministry source, SANA announced that Syria recognised the independence and sovereignty of the Russian-backed Donetsk and Luhansk entities in eastern Ukraine and would agree frameworks for relations with them, the first UN member state after Russia to do so.',
    sources: [
      {
        source: 'reuters-devdiscourse-syria-recognizes-donetsk-luhansk-2022',
        locator: 'paragraph 1',
      },
      {
        source: 'alarabiya-zelenskyy-cuts-ties-syria-2022',
        locator: 'paragraphs 3–4 (SANA quote)',
      },
      {
        source: 'euroweeklynews-syria-recognises-dpr-lpr-2022',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'ap-kesq-syria-breaks-ties-ukraine-2022',
        locator: "paragraph 2 ('becoming the first country to recognize')",
      },
    ],
    confidence: 'verified',
    related: ['event-2022-06-29-ukraine-breaks-relations-with-syria'],
  },
  {
    id: 'event-2022-06-29-ukraine-breaks-relations-with-syria',
    start: '2022-06-29',
    kind: 'recognition',
    title: {
      en: 'Ukraine breaks off relations with Syria',
      ar: 'أوكرانيا تقطع علاقاتها مع سوريا',
      ru: 'Украина разрывает отношения с Сирией',
    },
    summary:
      'In a Telegram video President Zelensky announced that Ukraine was ending relations with Syria over its recognition of the Donetsk and Luhansk entities and that sanctions pressure on Syria would grow.',
    sources: [
      {
        source: 'alarabiya-zelenskyy-cuts-ties-syria-2022',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'artsakhpress-ukraine-cuts-ties-syria-2022',
        locator: 'paragraphs 1–2 (citing RFE/RL)',
      },
      {
        source: 'kyivindependent-ukraine-cuts-ties-syria-2022',
        locator: 'whole item (Foreign Ministry statement)',
      },
    ],
    confidence: 'verified',
    related: [
      'event-2022-06-29-syria-recognises-donetsk-luhansk',
      'event-2022-07-20-syria-breaks-relations-with-ukraine',
    ],
    note: "Zelensky announced the break on 29 June; the Ukrainian Foreign Ministry's formal statement followed on 30 June (Kyiv Independent).",
  },
  {
    id: 'event-2022-07-08-veto-bab-al-hawa-norway-ireland',
    start: '2022-07-08',
    kind: 'veto',
    title: {
      en: 'Russian veto of a Security Council draft resolution on Syria (Bab al-Hawa crossing, Norway–Ireland draft)',
      ar: 'الفيتو الروسي على مشروع قرار لمجلس الأمن بشأن سوريا (معبر باب الهوى، مشروع النرويج وإيرلندا)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН по Сирии (пункт Баб эль-Хава, проект Норвегии и Ирландии)',
    },
    summary:
      "Russia vetoed the Norway–Ireland draft renewing UN cross-border aid through Bab al-Hawa for six months plus a further six (vote 13–1–1); China abstained. Russia's six-month draft then failed 2–3–10.",
    sources: [
      {
        source: 'un-press-sc14963-2022',
        locator: 'SC/14963, 9087th meeting',
      },
      {
        source: 'norway-un-eov-penholder-draft-2022',
        locator: 'Ireland/Norway explanation of vote, 8 July 2022',
      },
      {
        source: 'trtworld-russia-vetoes-cross-border-2022',
        locator: 'first paragraphs',
      },
      {
        source: 'tass-russian-draft-cross-border-2022',
        locator: 'TASS',
      },
    ],
    confidence: 'verified',
    note: 'No page read showed the symbol of the draft, so it is left out of the title. TRT describes the draft as a one-year extension; the UN and Norway say 6+6 months.',
  },
  {
    id: 'event-2022-07-19-tehran-astana-format-summit',
    start: '2022-07-19',
    kind: 'summit',
    title: {
      en: 'Putin, Raisi and Erdoğan hold Astana-format summit in Tehran',
      ar: 'بوتين ورئيسي وأردوغان يعقدون قمة بصيغة أستانا في طهران',
      ru: 'Путин, Раиси и Эрдоган проводят в Тегеране саммит в астанинском формате',
    },
    summary:
      "Putin joined Raisi and Erdoğan in Tehran for the seventh summit of the Astana guarantors, whose joint statement reaffirmed Syria's territorial integrity and rejected 'illegitimate self-rule initiatives', while Raisi demanded that US forces leave the area east of the Euphrates.",
    people: ['vladimir-putin'],
    sources: [
      {
        source: 'kremlin-statement-astana-format-tehran-2022',
        locator: "Raisi's statement, paragraphs 1–4",
      },
      {
        source: 'voicebd24-trilateral-statement-tehran-2022',
        locator: 'points 1–4 of the joint statement',
      },
      {
        source: 'irna-shafaqna-tehran-astana-summit-2022',
        locator: 'paragraphs 1–2',
      },
    ],
    confidence: 'verified',
    related: ['event-2020-07-01-astana-guarantors-virtual-summit'],
  },
  {
    id: 'event-2022-07-20-syria-breaks-relations-with-ukraine',
    start: '2022-07-20',
    kind: 'recognition',
    title: {
      en: 'Syria breaks off relations with Ukraine in reply',
      ar: 'سوريا ترد بقطع علاقاتها مع أوكرانيا',
      ru: 'Сирия в ответ разрывает отношения с Украиной',
    },
    summary:
      "Syria's foreign ministry announced it was cutting diplomatic ties with Ukraine on the principle of reciprocity, three weeks after Kyiv's decision, accusing Ukraine of a hostile stance towards Syria since 2018.",
    sources: [
      {
        source: 'xinhua-peoplecn-syria-cuts-ties-ukraine-2022',
        locator: "dateline Damascus, July 20 ('on Wednesday')",
      },
      {
        source: 'ap-kesq-syria-breaks-ties-ukraine-2022',
        locator: 'whole item',
      },
      {
        source: 'themedialine-syria-cuts-ties-ukraine-2022',
        locator: "item dated 2022-07-20 ('on Wednesday')",
      },
      {
        source: 'causaoperaria-siria-corta-relacoes-ucrania-2022',
        locator: 'paragraph 2 (foreign ministry source on reciprocity)',
      },
    ],
    confidence: 'verified',
    related: ['event-2022-06-29-ukraine-breaks-relations-with-syria'],
  },
  {
    id: 'event-2022-08-s-300-shipped-out-of-syria',
    start: '2022-08',
    kind: 'military-operation',
    title: {
      en: 'Russia ships an S-300 battery out of Syria',
      ar: 'روسيا تشحن بطارية إس-300 إلى خارج سوريا',
      ru: 'Россия вывозит из Сирии батарею С-300',
    },
    summary:
      "Satellite images from ImageSat International showed an S-300 battery gone from its site near Masyaf by 25 August 2022 after its components stood on the Tartus dock on 12–17 August; the company concluded it left on the Sparta II for Novorossiysk, apparently for the war in Ukraine, and Russia's Defence Ministry declined to comment.",
    sources: [
      {
        source: 'kayhan-reuters-s300-out-of-syria-2022',
        locator: 'paragraphs 1–5 (Reuters)',
      },
      {
        source: 'infostart-sz300-sziria-krim-2022',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'newarab-s300-home-from-syria-2022',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'reported',
    note: "All reports rest on one company's imagery analysis. The New Arab places the empty batteries at Hmeimim guarding Tartus, whereas Reuters names Masyaf.",
  },
  {
    id: 'event-2022-09-mekdad-ready-to-recognise-annexation-referendums',
    start: '2022-09',
    kind: 'recognition',
    title: {
      en: "Syria says it will recognise Russia's annexation referendums",
      ar: 'سوريا تعلن أنها ستعترف باستفتاءات الضم الروسية',
      ru: 'Сирия заявляет, что признает российские референдумы о присоединении',
    },
    summary:
      "While the votes on joining Russia were under way in occupied Donetsk, Luhansk, Kherson and Zaporizhzhia, Foreign Minister Faisal Mekdad said Damascus would respect their results and did not fear US sanctions; meeting Lavrov at the UN General Assembly, he reaffirmed Syria's support for Russia's 'special military operation'.",
    people: ['faisal-mekdad', 'sergey-lavrov'],
    sources: [
      {
        source: 'sputnik-fr-damas-reconnaitra-referendums-2022',
        locator: 'item of 24.09.2022',
      },
      {
        source: 'absatz-mekdad-priznat-referendumy-2022',
        locator: 'paragraphs 1–3 (citing Lenta.ru)',
      },
      {
        source: 'islamtimes-assad-congratulates-russia-referendums-2022',
        locator: 'paragraph 1 (Assad congratulates Russia, October 2022)',
      },
    ],
    confidence: 'verified',
    note: "In October 2022 Assad congratulated Russia on the 'success' of the referendums when receiving a Russian delegation (Islam Times, 21 October 2022).",
    related: [
      'event-2022-10-12-syria-votes-against-unga-es-11-4-annexations',
      'event-2023-03-15-assad-recognises-russias-new-borders',
    ],
  },
  {
    id: 'event-2022-10-05-jaafari-sworn-in-as-ambassador-to-russia',
    start: '2022-10-05',
    kind: 'diplomatic',
    title: {
      en: 'Bashar al-Jaafari sworn in as Syrian ambassador to Russia',
      ar: 'بشار الجعفري يؤدي اليمين سفيراً لسوريا لدى روسيا',
      ru: 'Башар аль-Джаафари приносит присягу в качестве посла Сирии в России',
    },
    summary:
      'Deputy Foreign Minister Bashar al-Jaafari took the oath before Bashar al-Assad as ambassador to Russia, succeeding Riad Haddad, who had headed the embassy in Moscow since 2011.',
    people: ['bashar-al-jaafari', 'bashar-al-assad', 'riad-haddad'],
    sources: [
      {
        source: 'oopstop-ria-jaafari-ambassador-to-russia-2022',
        locator: 'paragraphs 1-4',
      },
      {
        source: 'wikipedia-embassy-of-syria-moscow',
        locator: "section 'Ambassadors of Syria to Russia' (2022-2024)",
      },
      {
        source: 'fakti-syria-changes-ambassador-russia-2022',
        locator: "paragraphs 1-3 ('today, 5 October')",
      },
      {
        source: 'syrianobserver-jaafari-meets-bogdanov-2022',
        locator: 'paragraphs 1-2 (copies of credentials on Tuesday)',
      },
    ],
    confidence: 'verified',
    note: 'The RIA and Fakti items relay SANA and give 5 October; the year 2022 comes from the Wikipedia list. On 1 November 2022 Jaafari presented copies of his credentials to Deputy Foreign Minister Mikhail Bogdanov.',
  },
  {
    id: 'event-2022-10-12-syria-votes-against-unga-es-11-4-annexations',
    start: '2022-10-12',
    kind: 'un-vote',
    title: {
      en: 'Syria votes against UN resolution ES-11/4 on annexations',
      ar: 'سوريا تصوت ضد قرار الأمم المتحدة ES-11/4 بشأن الضم',
      ru: 'Сирия голосует против резолюции ООН ES-11/4 об аннексии',
    },
    summary:
      "Syria was one of four states to join Russia in voting against the General Assembly resolution declaring Russia's referendums and annexation of four Ukrainian regions invalid (143 for, 35 abstentions).",
    sources: [
      {
        source: 'euromaidanpress-unga-annexation-resolution-2022',
        locator: 'paragraph 2',
      },
      {
        source: 'thenational-unga-condemns-annexation-2022',
        locator: "paragraphs 3–4 and 'Russia's ally Syria warned against isolating Moscow'",
      },
    ],
    confidence: 'verified',
    note: 'The National gives 32 abstentions; Euromaidan Press and others give 35.',
  },
  {
    id: 'event-2022-11-14-syria-votes-against-unga-es-11-5-reparations',
    start: '2022-11-14',
    kind: 'un-vote',
    title: {
      en: 'Syria votes against UN resolution ES-11/5 on reparations',
      ar: 'سوريا تصوت ضد قرار الأمم المتحدة ES-11/5 بشأن التعويضات',
      ru: 'Сирия голосует против резолюции ООН ES-11/5 о репарациях',
    },
    summary:
      'Syria was among the 14 states voting against the General Assembly resolution saying Russia must bear the legal consequences of its acts in Ukraine, including reparation, and recommending an international register of damage (94 for, 73 abstentions).',
    sources: [
      {
        source: 'anews-unga-reparations-2022',
        locator: 'paragraphs 3–4',
      },
      {
        source: 'censor-unga-reparations-2022',
        locator: "list 'Against voted'",
      },
    ],
    confidence: 'verified',
    note: 'Resolution ES-11/5. Censor.net (Ukrinform) counts 13 against and 74 abstentions; most reports give 14 and 73.',
  },
  {
    id: 'event-2022-12-05-culture-cooperation-agreement-kazan',
    start: '2022-12-05',
    kind: 'agreement',
    title: {
      en: 'Culture ministers sign cooperation agreement in Kazan',
      ar: 'وزيرا الثقافة يوقعان اتفاقية تعاون في قازان',
      ru: 'Министры культуры подписывают в Казани соглашение о сотрудничестве',
    },
    summary:
      "On the sidelines of the Kazan forum for the 50th anniversary of the World Heritage Convention, whose agenda included restoring Palmyra, Syria's Lubana Mshaweh and Russia's Olga Lyubimova signed an agreement on cultural cooperation in the presence of Tatarstan's head Rustam Minnikhanov.",
    sources: [
      {
        source: 'sana-syria-russia-cultural-cooperation-agreement-kazan-2022',
        locator: 'paragraphs 1 and 5',
      },
      {
        source: 'dspkazan-forum-50th-anniversary-convention-opened-2022',
        locator: 'paragraph 1 (opening on Monday 5 December)',
      },
    ],
    confidence: 'reported',
    note: "Only SANA reports the signing, on the forum's opening day; the day comes from the forum's opening date.",
  },
  {
    id: 'event-2023-syria-russia-1-4-million-tonnes-grain-deal',
    start: '2023',
    kind: 'economic',
    title: {
      en: 'Syria contracts 1.4 million tonnes of Russian grain',
      ar: 'سوريا تتعاقد على 1.4 مليون طن من الحبوب الروسية',
      ru: 'Сирия законтрактовала 1,4 млн тонн российского зерна',
    },
    summary:
      "Syrian Agriculture Minister Mohammed Hassan Qatana told RIA Novosti that Syria had concluded a deal to buy 1.4 million tonnes of Russian grain, enough for a year's consumption, with large deliveries already arriving.",
    sources: [
      {
        source: 'financialtrends-russia-grain-deal-syria-2023',
        locator: 'paragraphs 1–3 (RIA Novosti interview, November 2023)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'event-2023-02-06-russian-earthquake-rescue-in-syria',
    start: '2023-02-06',
    end: '2023-02-12',
    kind: 'other',
    title: {
      en: 'Russian troops and rescuers join Syria earthquake response',
      ar: 'عسكريون ومنقذون روس ينضمون إلى جهود الاستجابة لزلزال سوريا',
      ru: 'Российские военные и спасатели участвуют в ликвидации последствий землетрясения в Сирии',
    },
    summary:
      'After the 6 February earthquake, about 300 Russian servicemen already in Syria with 60 vehicles and Emergencies Ministry rescue teams searched the rubble in Latakia, Jableh, Aleppo and Hama; the rescue phase ended on 12 February, while aid flights continued, 336 tonnes by 20 February.',
    sources: [
      {
        source: 'ilmessaggero-soccorritori-russi-siria-2023',
        locator: 'caption paragraph (300 servicemen, 60 vehicles)',
      },
      {
        source: 'elbalad-russian-rescuers-jableh-2023',
        locator: 'paragraphs 1-2',
      },
      {
        source: 'weeklyblitz-emercom-completes-rescue-syria-2023',
        locator: 'paragraphs 1-5 (end 12 February; Assad at Jableh 11 February)',
      },
      {
        source: 'vestikavkaza-russian-rescue-operation-syria-completed-2023',
        locator: 'paragraphs 1-4',
      },
      {
        source: 'weeklyblitz-emercom-another-56-tons-syria-2023',
        locator: 'paragraphs 1-2 (336 tonnes in total)',
      },
    ],
    confidence: 'verified',
    people: ['bashar-al-assad'],
  },
  {
    id: 'event-2023-02-23-syria-votes-against-unga-es-11-6',
    start: '2023-02-23',
    kind: 'un-vote',
    title: {
      en: 'Syria votes against UN resolution ES-11/6 on Ukraine peace',
      ar: 'سوريا تصوت ضد قرار الأمم المتحدة ES-11/6 بشأن السلام في أوكرانيا',
      ru: 'Сирия голосует против резолюции ООН ES-11/6 о мире в Украине',
    },
    summary:
      'Syria was one of seven states, with Russia, Belarus, North Korea, Eritrea, Mali and Nicaragua, to vote against the General Assembly resolution on the principles of a just and lasting peace in Ukraine, which again demanded a Russian withdrawal (141 for, 32 abstentions).',
    sources: [
      {
        source: 'interfax-ua-unga-just-peace-2023',
        locator: 'paragraph 2',
      },
      {
        source: 'irna-de-unga-ukraine-peace-2023',
        locator: 'paragraphs 2 and 4',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2023-03-15-assad-recognises-russias-new-borders',
    start: '2023-03-15',
    kind: 'recognition',
    title: {
      en: "Assad recognises Russia's borders with annexed regions",
      ar: 'الأسد يعترف بحدود روسيا شاملةً المناطق المضمومة',
      ru: 'Асад признаёт границы России вместе с присоединёнными регионами',
    },
    summary:
      "Interviewed right after his Kremlin talks with Putin, Assad said Syria recognised Russia's new borders including the Donetsk and Luhansk 'republics' and the Kherson and Zaporizhzhia regions, calling them historically Russian land.",
    people: ['bashar-al-assad'],
    sources: [
      {
        source: 'sputnik-urdupoint-assad-recognizes-new-borders-2023',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'pravdaru-assad-recognises-new-regions-2023',
        locator: 'paragraphs 1–4 (citing RIA Novosti)',
      },
      {
        source: 'agenzianova-assad-nuovi-confini-russia-2023',
        locator: 'whole item',
      },
    ],
    confidence: 'verified',
    note: 'The interview was given on 15 March 2023, after the talks, and published on 16 March.',
    related: ['visit-2023-03-14-sy-ru-bashar-al-assad', 'event-2022-06-29-syria-recognises-donetsk-luhansk'],
  },
  {
    id: 'event-2023-06-21-kazakhstan-ends-astana-hosting',
    start: '2023-06-21',
    kind: 'diplomatic',
    title: {
      en: 'Kazakhstan calls 20th Astana round the last',
      ar: 'كازاخستان تعلن أن الجولة العشرين من مسار أستانا هي الأخيرة',
      ru: 'Казахстан назвал 20-й раунд переговоров в Астане последним',
    },
    summary:
      "At the close of the 20th round, held on 20–21 June, Kazakhstan's deputy foreign minister Kanat Tumysh proposed declaring it the final meeting of the Astana process, citing Syria's return to the Arab League; Russia's deputy foreign minister Mikhail Bogdanov said the decision was Kazakhstan's initiative.",
    people: ['mikhail-bogdanov'],
    sources: [
      {
        source: 'sputnik-kazakh-mfa-proposes-ending-astana-2023',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'interfax-kazakhstan-ready-resume-astana-2023',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'tass-kazakhstan-ready-renew-astana-2023',
        locator: 'paragraphs 1–3 (Bogdanov)',
      },
    ],
    confidence: 'verified',
    note: 'The next day Kazakhstan said it could resume hosting if the participants jointly asked.',
    related: ['event-2017-01-23-astana-talks-launched'],
  },
  {
    id: 'event-2023-07-11-veto-s-2023-506',
    start: '2023-07-11',
    kind: 'veto',
    title: {
      en: 'Russian veto of Security Council draft resolution S/2023/506 on Syria (Bab al-Hawa crossing, nine months)',
      ar: 'الفيتو الروسي على مشروع قرار مجلس الأمن S/2023/506 بشأن سوريا (معبر باب الهوى، تسعة أشهر)',
      ru: 'Вето России на проект резолюции Совета Безопасности ООН S/2023/506 по Сирии (пункт Баб эль-Хава, девять месяцев)',
    },
    summary:
      "Russia vetoed the Brazil–Switzerland draft extending cross-border aid through Bab al-Hawa for nine months (vote 13–1–1); China abstained. Russia's six-month draft then failed 2–3–10.",
    sources: [
      {
        source: 'un-press-sc15348-2023',
        locator: 'SC/15348',
      },
      {
        source: 'miragenews-statements-s-2023-506',
        locator: "section 'Statements before Vote on S/2023/506'",
      },
      {
        source: 'thenational-russia-vetoes-bab-al-hawa-2023',
        locator: 'first paragraphs',
      },
      {
        source: 'tass-russian-draft-not-adopted-2023',
        locator: 'TASS',
      },
    ],
    confidence: 'verified',
    note: 'Last Russian veto on Syria found; no later Syria veto found.',
  },
  {
    id: 'event-2024-11-russian-commander-in-syria-replaced',
    start: '2024-11',
    kind: 'military-operation',
    title: {
      en: 'Commander of Russian forces in Syria reportedly replaced',
      ar: 'تقارير عن تغيير قائد القوات الروسية في سوريا',
      ru: 'Командующего российскими войсками в Сирии, по сообщениям, сменили',
    },
    summary:
      'During the rebel offensive, Russian Telegram channels and Ukrainian military intelligence said Gen. Sergei Kisel had been removed as commander of the Russian group in Syria and replaced by Col.-Gen. Alexander Chaiko, who had led it before.',
    sources: [
      {
        source: 'pink-kisel-smenjen-2024',
        locator: 'paragraphs 1–4',
      },
      {
        source: '112ua-putin-zminiv-komanduvacha-2024',
        locator: 'paragraph 1 (HUR)',
      },
    ],
    confidence: 'reported',
    note: 'Not confirmed by the Russian Defence Ministry; the two pages rest on unofficial claims.',
  },
  {
    id: 'event-2024-11-11-22nd-astana-meeting-on-syria',
    start: '2024-11-11',
    end: '2024-11-12',
    kind: 'diplomatic',
    title: {
      en: "22nd and last Astana-format round before Assad's fall",
      ar: 'الجولة الثانية والعشرون والأخيرة بصيغة أستانا قبل سقوط الأسد',
      ru: '22-й и последний раунд в астанинском формате до падения Асада',
    },
    summary:
      'Russia, Iran and Turkey held the 22nd international meeting on Syria in Astana with UN, Jordanian, Iraqi and Lebanese observers, condemning Israeli strikes in Syria and calling for the political process and the Constitutional Committee to resume, two weeks before the rebel offensive that toppled Assad.',
    sources: [
      {
        source: 'trmfa-joint-statement-22nd-astana-2024',
        locator: 'title and points 1–3',
      },
      {
        source: 'observerdiplomat-22nd-meeting-syria-astana-2024',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'tass-22nd-astana-meeting-agreed-2024',
        locator: "paragraphs 1–3 (21st meeting, January 2024; Kazakhstan resumed hosting at the guarantors' request)",
      },
    ],
    confidence: 'verified',
    note: "Kazakhstan had proposed in June 2023 to end the format, then hosted the 21st round in January 2024 at the guarantors' collective request (TASS).",
    related: [
      'event-2023-06-21-kazakhstan-ends-astana-hosting',
      'event-2024-12-07-astana-format-ministers-meet-in-doha',
    ],
  },
  {
    id: 'event-2024-11-29-russian-strikes-against-hts-offensive',
    start: '2024-11-29',
    kind: 'military-operation',
    title: {
      en: 'Russian jets strike rebels as HTS offensive reaches Aleppo',
      ar: 'طائرات روسية تقصف فصائل المعارضة مع وصول هجوم هيئة تحرير الشام إلى حلب',
      ru: 'Российские самолёты наносят удары по повстанцам: наступление «Хайят Тахрир аш-Шам» достигло Алеппо',
    },
    summary:
      'As the Hayat Tahrir al-Sham-led offensive launched on 27 November broke into Aleppo, the Russian reconciliation centre said Russian aircraft were striking the attackers in Aleppo and Idlib provinces, and Russian and Syrian jets bombed a suburb of Aleppo and towns in Idlib.',
    sources: [
      {
        source: 'dw-russian-strikes-hit-aleppo-2024',
        locator: 'paragraphs 1–5 (Saturday 30 November)',
      },
      {
        source: 'menafn-russian-jets-striking-jihadists-2024',
        locator: 'paragraphs 1–2 (Col. Oleg Ignatiuk)',
      },
    ],
    confidence: 'verified',
    related: ['event-2024-12-08-fall-of-assad-government'],
  },
  {
    id: 'event-2024-12-russian-military-drawdown-from-syria',
    start: '2024-12',
    kind: 'military-operation',
    title: {
      en: "Russian military drawdown from Syria after Assad's fall",
      ar: 'تقليص الوجود العسكري الروسي في سوريا بعد سقوط الأسد',
      ru: 'Сокращение российского военного присутствия в Сирии после падения Асада',
    },
    summary:
      'After 8 December, Russian convoys pulled back from eastern and southern Syria to Hmeimim and Tartus, warships left Tartus, and satellite images of 13 December showed An-124 transports loading and a Ka-52 and S-400 elements being packed at Hmeimim.',
    sources: [
      {
        source: 'uawire-russia-begins-withdrawal-syria-2024',
        locator: 'UAWire, 14 December 2024',
      },
      {
        source: 'united24-russian-forces-withdraw-equipment-2024',
        locator: 'Maxar imagery of 13 December',
      },
      {
        source: 'ifpnews-russia-military-assets-2024',
        locator: 'IFP News, 2024-12-14',
      },
    ],
    confidence: 'verified',
    note: "Kofman (quoted by IFP News) called it 'a consolidation effort'; Russia kept Hmeimim and Tartus.",
  },
  {
    id: 'event-2024-12-russian-wheat-supplies-to-syria-halt',
    start: '2024-12',
    kind: 'economic',
    title: {
      en: "Russian wheat supplies to Syria stop after Assad's fall",
      ar: 'توقف إمدادات القمح الروسي إلى سوريا بعد سقوط الأسد',
      ru: 'Поставки российской пшеницы в Сирию прекратились после падения Асада',
    },
    summary:
      "Russian wheat deliveries, which with Iran's had supplied most of Syria's grain and oil products under Assad, were halted after his overthrow over uncertainty about the new government and delayed payments; two ships with Russian wheat did not reach Syria, and in early 2025 Syria imported mainly overland from its neighbours.",
    sources: [
      {
        source: 'marketscreener-reuters-russian-grain-syria-suspended-2024',
        locator:
          'whole excerpt (Reuters exclusive: two ships with Russian wheat for Syria did not reach their destinations)',
      },
      {
        source: 'devdiscourse-russian-wheat-syria-halted-2024',
        locator: 'paragraphs 1–3 (halted over uncertainty about the new government and delayed payments)',
      },
      {
        source: 'aa-syria-first-wheat-shipment-latakia-2025',
        locator: 'paragraph 4 (Russia suspended wheat exports after the collapse in December)',
      },
      {
        source: 'cyprusmail-first-wheat-shipment-latakia-2025',
        locator: 'paragraphs 5–6 (Russia and Iran stopped supplies after the rebels triumphed)',
      },
      {
        source: 'tass-russia-delivers-wheat-syria-2025',
        locator: 'paragraph 5 (all grain supplies stopped after the former president was ousted)',
      },
    ],
    confidence: 'verified',
    related: ['event-2024-12-08-fall-of-assad-government'],
  },
  {
    id: 'event-2024-12-russia-contacts-hts-political-committee',
    start: '2024-12',
    kind: 'diplomatic',
    title: {
      en: 'Moscow opens contact with HTS in Damascus',
      ru: 'Россия установила контакт с политкомитетом «Хайят Тахрир аш-Шам»',
      ar: 'موسكو تفتح قناة اتصال مع هيئة تحرير الشام في دمشق',
    },
    summary:
      'Deputy Foreign Minister Mikhail Bogdanov said Russian embassy staff had met the political committee of Hayat Tahrir al-Sham, working from a Damascus hotel, on the safety of the Russian mission and citizens, called the contacts constructive, and said the Russian bases remained where they were, needed for the fight against ISIS.',
    sources: [
      {
        source: 'warandpeace-bogdanov-contact-hts-2024',
        locator: 'paragraph 1 (Bogdanov quoted by RIA Novosti)',
      },
      {
        source: 'livemint-russia-nears-deal-keep-bases-2024',
        locator: 'paragraphs 1–6 (report of 13 December 2024)',
      },
    ],
    confidence: 'reported',
    people: ['mikhail-bogdanov'],
    related: ['event-2024-12-08-fall-of-assad-government'],
    note: "Bogdanov's remarks reach both pages through Russian state media (RIA Novosti); Bloomberg separately reported that the Russian Defence Ministry believed it had an informal understanding with HTS to stay at the bases, which Moscow did not confirm.",
  },
  {
    id: 'event-2024-12-russia-seeks-to-keep-syrian-bases',
    start: '2024-12',
    kind: 'basing',
    title: {
      en: 'Kremlin: future of Syrian bases to be agreed with new rulers',
      ar: 'الكرملين: مستقبل القواعد في سوريا سيُحدَّد بالاتفاق مع الحكام الجدد',
      ru: 'Кремль: будущее баз в Сирии предстоит согласовать с новыми властями',
    },
    summary:
      "After Assad's fall, Kremlin spokesman Dmitry Peskov said the future of the Tartus facility and the Hmeimim air base was not yet decided and would be discussed with those who came to power, while Bloomberg reported that the Defence Ministry believed it had an informal understanding with Hayat Tahrir al-Sham to stay.",
    sources: [
      {
        source: 'abualhol-peskov-future-bases-2024',
        locator: 'paragraphs 1–2 (Peskov, Monday)',
      },
      {
        source: 'livemint-bloomberg-russia-nears-deal-bases-2024',
        locator: 'paragraphs 1–3 (Bloomberg, 13 December 2024)',
      },
    ],
    confidence: 'reported',
    related: ['event-2024-12-russian-military-drawdown-from-syria'],
    note: "Each statement rests on one report. Bogdanov's remarks of the same days belong to event-2024-12-russia-contacts-hts-political-committee.",
  },
  {
    id: 'event-2024-12-russian-house-damascus-mothballed',
    start: '2024-12',
    kind: 'other',
    title: {
      en: "Russian House in Damascus closed after Assad's fall",
      ar: 'إغلاق البيت الروسي في دمشق بعد سقوط الأسد',
      ru: '«Русский дом» в Дамаске закрыт после падения Асада',
    },
    summary:
      'The Russian Centre for Science and Culture in Damascus held its last event on 5 December 2024 and was then locked and mothballed; Rossotrudnichestvo head Yevgeny Primakov denied in January 2025 rumours that it had been handed to Ukraine.',
    sources: [
      {
        source: 'kommersant-primakov-russian-house-syria-2026',
        locator: 'paragraph 3 (last event 5 December 2024; building mothballed)',
      },
      {
        source: 'smotrim-primakov-russian-house-not-given-to-ukraine-2025',
        locator: 'paragraphs 1-4',
      },
    ],
    confidence: 'verified',
    related: ['event-2024-12-08-fall-of-assad-government'],
  },
  {
    id: 'event-2024-12-russian-embassy-tells-citizens-to-leave-syria',
    start: '2024-12',
    kind: 'diplomatic',
    title: {
      en: 'Russian embassy tells citizens they can leave Syria',
      ar: 'السفارة الروسية تبلغ مواطنيها بإمكانية مغادرة سوريا',
      ru: 'Посольство России сообщает гражданам, что они могут покинуть Сирию',
    },
    summary:
      'As rebels closed in on Homs, the Russian embassy in Damascus reminded Russian citizens living in Syria, citing the difficult military and political situation, that they could leave on commercial flights from working airports, adding that the embassy and consulate were working normally.',
    sources: [
      {
        source: 'yenisafak-ru-embassy-urges-russians-leave-syria-2024',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'star-rusyadan-suriyedeki-vatandaslarina-cagri-2024',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'acphonor-ft-russian-embassy-warns-citizens-2024',
        locator: 'paragraphs 1-3',
      },
    ],
    confidence: 'verified',
    related: ['event-2024-12-08-fall-of-assad-government', 'event-2024-12-15-part-of-russian-embassy-staff-evacuated'],
    note: "Issued on the embassy's Telegram channel in the days before Assad's fall; Yeni Şafak places it alongside China's call of 6 December.",
  },
  {
    id: 'event-2024-12-07-astana-format-ministers-meet-in-doha',
    start: '2024-12-07',
    kind: 'diplomatic',
    title: {
      en: 'Astana-format ministers meet in Doha',
      ar: 'اجتماع وزاري بصيغة أستانا في الدوحة',
      ru: 'Министры стран астанинского формата встретились в Дохе',
    },
    summary:
      "Amid the rebel offensive launched on 27 November that had taken Aleppo, Lavrov met his Turkish and Iranian counterparts and UN envoy Pedersen on the sidelines of the Doha Forum; they called for an end to the fighting, dialogue between the government and the 'legitimate opposition' and a political process under resolution 2254.",
    people: ['sergey-lavrov'],
    sources: [
      {
        source: 'anews-astana-format-doha-2024',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'turan-astana-participants-urge-ceasefire-2024',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'mehr-iran-russia-turkey-astana-doha-2024',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'verified',
    note: "Assad's government fell the next day, 8 December 2024.",
    related: ['event-2024-12-08-fall-of-assad-government'],
  },
  {
    id: 'event-2024-12-08-assad-granted-asylum-in-russia',
    start: '2024-12-08',
    kind: 'diplomatic',
    title: {
      en: 'Russia grants Assad and his family asylum',
      ar: 'روسيا تمنح الأسد وعائلته حق اللجوء',
      ru: 'Россия предоставила убежище Асаду и его семье',
    },
    summary:
      'A Kremlin source told TASS and RIA Novosti that Assad and his family had arrived in Moscow and been granted asylum on humanitarian grounds, adding that opposition leaders had guaranteed the security of Russian bases and diplomatic missions.',
    people: ['bashar-al-assad'],
    sources: [
      {
        source: 'lbc-assad-family-in-moscow-2024',
        locator: 'LBCI, 2024-12-08 13:34',
      },
      {
        source: 'syrianobserver-kremlin-source-assad-2024',
        locator: "'on Sunday evening'",
      },
      {
        source: 'vestikavkaza-assad-asylum-2024',
        locator: '9 Dec. 11:30 MSK',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '2024-12-09',
        sources: [
          {
            source: 'vestikavkaza-assad-asylum-2024',
            locator: 'dated 9 Dec.',
          },
        ],
        note: 'The Kremlin source spoke on the evening of Sunday 8 December (LBCI, Syrian Observer); several reports date the announcement 9 December because they were published the next day.',
      },
    ],
  },
  {
    id: 'event-2024-12-08-fall-of-assad-government',
    start: '2024-12-08',
    kind: 'other',
    title: {
      en: "Fall of the Assad government; Russian Foreign Ministry announces Assad's resignation and departure",
      ar: 'سقوط حكومة الأسد؛ الخارجية الروسية تعلن استقالة الأسد ومغادرته',
      ru: 'Падение правительства Асада; МИД России объявил об уходе Асада с поста и отъезде из страны',
    },
    short: {
      en: 'Fall of Assad',
      ar: 'سقوط حكومة الأسد',
      ru: 'Падение правительства Асада',
    },
    summary:
      'As opposition forces entered Damascus, the Russian Foreign Ministry said Assad had decided to resign and leave Syria after talks with participants in the conflict, giving instructions for a peaceful transfer of power, that Russia had not taken part in those talks, and that Russian bases were on high alert.',
    people: ['bashar-al-assad'],
    sources: [
      {
        source: 'sputnikglobe-mfa-assad-resigns-2024',
        locator: 'quoted MFA Telegram statement, 2024-12-08',
      },
      {
        source: 'npasyria-russia-confirms-assad-resignation-2024',
        locator: 'first paragraphs',
      },
      {
        source: 'indiatvnews-assad-left-country-2024',
        locator: 'India TV, 2024-12-08',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2024-12-09-syrian-embassy-in-moscow-raises-opposition-flag',
    start: '2024-12-09',
    kind: 'diplomatic',
    title: {
      en: 'Syrian embassy in Moscow raises the opposition flag',
      ar: 'السفارة السورية في موسكو ترفع علم المعارضة',
      ru: 'Посольство Сирии в Москве поднимает флаг оппозиции',
    },
    summary:
      "The day after Assad's fall, staff at the Syrian embassy in Moscow replaced the Syrian Arab Republic flag with the green, white and black three-star flag of the revolution, and the embassy told TASS it was working normally under the new flag.",
    sources: [
      {
        source: 'moscowtimes-syrian-embassy-raises-opposition-flag-2024',
        locator: 'paragraphs 1–3 (AFP journalist, Monday morning 9 December)',
      },
      {
        source: 'rt-syrian-opposition-flag-moscow-embassy-2024',
        locator: 'paragraphs 1–3 (old flag and nameplate removed on Sunday, new flag raised on Monday)',
      },
    ],
    confidence: 'verified',
    related: ['event-2024-12-08-fall-of-assad-government'],
  },
  {
    id: 'event-2024-12-15-part-of-russian-embassy-staff-evacuated',
    start: '2024-12-15',
    kind: 'diplomatic',
    title: {
      en: 'Russia flies part of its Damascus embassy staff home',
      ar: 'روسيا تعيد جواً جزءاً من طاقم سفارتها في دمشق',
      ru: 'Россия вывозит самолётом на родину часть сотрудников посольства в Дамаске',
    },
    summary:
      "A week after Assad's fall, a Russian Aerospace Forces flight from Hmeimim took part of the staff of Russia's missions in Damascus, with Belarusian, North Korean and Abkhaz diplomats, to Chkalovsky near Moscow; the Foreign Ministry said the embassy kept working.",
    sources: [
      {
        source: 'moscowtimes-afp-diplomatic-personnel-evacuated-2024',
        locator: 'paragraphs 1-4',
      },
      {
        source: 'sputnik-russia-evacuates-part-diplomatic-missions-2024',
        locator: 'paragraph 2 (Crisis Management Center statement)',
      },
      {
        source: 'trend-russian-missions-personnel-evacuated-2024',
        locator: 'paragraphs 1-3',
      },
    ],
    confidence: 'verified',
    related: ['event-2024-12-08-fall-of-assad-government'],
  },
  {
    id: 'event-2024-12-16-assad-statement-from-moscow',
    start: '2024-12-16',
    kind: 'other',
    title: {
      en: "Assad's first statement from Moscow on his evacuation",
      ar: 'أول بيان للأسد من موسكو عن إجلائه إلى روسيا',
      ru: 'Первое заявление Асада из Москвы о его эвакуации',
    },
    summary:
      'In a statement dated Moscow, 16 December 2024, Assad said he had moved from Damascus to Latakia early on 8 December in coordination with the Russians, and that when Hmeimim came under drone attack Moscow had the base command evacuate him to Russia that evening; he denied having planned to leave or to seek refuge.',
    sources: [
      {
        source: 'sputnikglobe-assad-first-statement-2024',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'uol-reuters-assad-relata-ultimas-horas-2024',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'lakome-assad-evacuated-hmeimim-2024',
        locator: "paragraphs 1–3 (statement on the presidency's Telegram channel dated 16 December from Moscow)",
      },
    ],
    confidence: 'verified',
    people: ['bashar-al-assad'],
    related: ['event-2024-12-08-assad-granted-asylum-in-russia'],
    note: 'Reuters adds that the Kremlin said on 9 December that Putin himself had decided to grant Assad asylum.',
  },
  {
    id: 'event-2024-12-19-putin-says-russia-not-defeated-in-syria',
    start: '2024-12-19',
    kind: 'diplomatic',
    title: {
      en: 'Putin: Russia not defeated in Syria; bases offered for aid',
      ar: 'بوتين: روسيا لم تُهزم في سوريا؛ وعرض لاستخدام القواعد في إيصال المساعدات',
      ru: 'Путин: Россия не потерпела поражения в Сирии; базы предложены для доставки помощи',
    },
    summary:
      "At his year-end news conference Putin said he had not yet seen Assad since his arrival in Moscow but would talk to him, denied that Assad's fall was a Russian defeat, said Moscow had made proposals to the new rulers on keeping its bases and offered their use for humanitarian deliveries, and that Russia had evacuated 4,000 Iranian fighters.",
    sources: [
      {
        source: 'aljazeera-putin-plans-meet-assad-2024',
        locator: 'paragraphs 1–8 (Thursday 19 December 2024)',
      },
      {
        source: 'tartv-putin-denies-russian-defeat-syria-2024',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'dailysabah-putin-yet-to-meet-assad-2024',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'verified',
    people: ['vladimir-putin', 'bashar-al-assad'],
    related: ['event-2024-12-08-assad-granted-asylum-in-russia'],
  },
  {
    id: 'event-2024-12-29-sharaa-deep-strategic-interests-with-russia',
    start: '2024-12-29',
    kind: 'diplomatic',
    title: {
      en: 'Al-Sharaa: Syria and Russia share strategic interests',
      ru: 'Аш-Шараа: у Сирии стратегические интересы с Россией',
      ar: 'الشرع: مصالح استراتيجية مشتركة بين سوريا وروسيا',
    },
    summary:
      "In an interview with Al Arabiya, Syria's new leader Ahmed al-Sharaa called Russia the world's second most powerful country, said all Syria's arms were Russian and many power plants run by Russian experts, and said Damascus did not want Russia to leave Syria in a way that harmed relations.",
    sources: [
      {
        source: 'tass-ru-sharaa-strategic-interests-russia-2024',
        locator: 'paragraphs 1–3 (Doha, 29 December)',
      },
      {
        source: 'anews-syria-deep-strategic-interests-russia-2024',
        locator: 'paragraphs 1–2 (interview on Sunday)',
      },
      {
        source: 'caliber-sharaa-friendly-ties-moscow-2024',
        locator: 'paragraphs 1–3 (interview of 29 December)',
      },
    ],
    confidence: 'verified',
    people: ['ahmed-al-sharaa'],
  },
  {
    id: 'event-2025-01-tartus-port-contract-cancelled',
    start: '2025-01',
    kind: 'economic',
    title: {
      en: 'Syria cancels the Tartus commercial port contract with Stroytransgaz',
      ar: 'سوريا تلغي عقد ميناء طرطوس التجاري مع شركة ستروي ترانس غاز',
      ru: 'Сирия расторгла контракт с «Стройтрансгазом» на коммерческий порт Тартус',
    },
    summary:
      'Tartus customs chief Riad Joudy told Al-Watan that the 2019 investment contract with STG Stroytransgaz had been annulled because the company had not made the promised infrastructure investments; the contract is separate from the Russian naval facility.',
    sources: [
      {
        source: 'timesofisrael-syria-cancels-port-contract-2025',
        locator: 'Reuters text',
      },
      {
        source: 'kyivindependent-syria-cancels-tartus-deal-2025',
        locator: 'January 21, 2025',
      },
      {
        source: '1lurer-tass-tartus-agreement-annulled-2025',
        locator: 'TASS text, 22 January 2025',
      },
    ],
    confidence: 'verified',
    note: "Reporting dates differ: Kyiv Independent (citing Important Stories) reported it on 21 January; Reuters (24 January) cites Al-Watan 'on Thursday'. Only the month is recorded.",
  },
  {
    id: 'event-2025-01-russian-equipment-shipped-out-of-tartus',
    start: '2025-01',
    kind: 'military-operation',
    title: {
      en: 'Russian cargo ships load out military equipment at Tartus',
      ar: 'سفن شحن روسية تحمّل معدات عسكرية في طرطوس لإخراجها',
      ru: 'Российские грузовые суда загружают в Тартусе военную технику для вывоза',
    },
    summary:
      "After idling offshore for weeks, the Defence Ministry's cargo ships Sparta and Sparta II were let into Tartus in late January 2025 and loaded the vehicles and equipment Russia had gathered there from across Syria; satellite images showed Sparta II gone and the pier largely cleared by 27 January.",
    sources: [
      {
        source: 'businessinsider-cargo-ships-tartus-2025',
        locator: 'paragraphs 1–6 (Maxar imagery of 25 January)',
      },
      {
        source: 'pravda-ua-radio-liberty-tartus-2025',
        locator: 'paragraphs 1–4 (images of 18 and 27 January)',
      },
      {
        source: 'vesseltracker-sparta-2025',
        locator: "news items 'Russian military carrier unable to enter Tartus'",
      },
    ],
    confidence: 'verified',
    note: 'Ukrainian military intelligence said part of the equipment was bound for Libya; the pages read do not establish the destination.',
    related: ['event-2024-12-russian-military-drawdown-from-syria'],
  },
  {
    id: 'event-2025-01-17-syria-bans-russian-goods',
    start: '2025-01-17',
    kind: 'sanctions',
    title: {
      en: 'Syria bans imports of goods from Russia, Iran and Israel',
      ar: 'سوريا تحظر استيراد البضائع من روسيا وإيران وإسرائيل',
      ru: 'Сирия запретила ввоз товаров из России, Ирана и Израиля',
    },
    summary:
      "Syria's Ministry of Finance issued circular No. 134 ordering the confiscation at all land and sea crossings of goods originating from Russia, Iran and Israel.",
    sources: [
      {
        source: 'channel8-sharaa-bans-goods-2025',
        locator: "'Ministerial Circular No. (134) issued by the Ministry of Finance on January 17, 2025'",
      },
      {
        source: 'kyivindependent-syria-bans-goods-2025',
        locator: "'a new decree issued by the country's finance minister on Jan. 17'",
      },
      {
        source: 'gazeta-siriya-zapretila-import-2025',
        locator: 'Gazeta.Ru, 19 January 2025',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '2024-12-17',
        sources: [
          {
            source: 'caliber-syria-bans-import-2025',
            locator: "'issued a decree on December 17'",
          },
        ],
        note: 'Caliber.Az (and Online.ua, not cited) say December 17; Channel 8, Kyiv Independent and the Ukrainian Zakordon report give Friday 17 January 2025, which fits the reporting dates (19 January).',
      },
    ],
  },
  {
    id: 'event-2025-01-28-syria-demands-assad-handover-and-compensation',
    start: '2025-01-28',
    kind: 'diplomatic',
    title: {
      en: "Syria's new authorities ask Russia to hand over Assad and pay compensation",
      ar: 'السلطات السورية الجديدة تطالب روسيا بتسليم الأسد ودفع تعويضات',
      ru: 'Новые власти Сирии потребовали от России выдать Асада и выплатить компенсацию',
    },
    summary:
      'In talks with the Russian delegation led by Deputy Foreign Minister Bogdanov, al-Sharaa reportedly asked Moscow to hand over Assad, to cancel loans taken under Assad and to return Assad funds held in Russia, and Damascus said Russia should rebuild trust through compensation, reconstruction and recovery; the Kremlin declined to comment and the sides agreed only to keep talking.',
    people: ['ahmed-al-sharaa', 'bashar-al-assad'],
    sources: [
      {
        source: 'kyivindependent-syria-calls-hand-over-assad-2025',
        locator: "Reuters report of Jan. 28; 'Jan. 28 talks'",
      },
      {
        source: 'babel-syria-demands-extradite-assad-2025',
        locator: "'after talks in Syria on January 28'",
      },
      {
        source: 'kuwaittimes-syria-urges-russia-hand-over-assad-2025',
        locator: "AFP: 'on Wednesday'; photo caption 'meet on Jan 29, 2025'",
      },
      {
        source: 'newsrael-reuters-sharaa-asked-cancel-russian-loans-2025',
        locator: "paragraphs 1–7 (sources: request to cancel loans; Moscow denied holding Assad's funds)",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'start',
        value: '2025-01-29',
        sources: [
          {
            source: 'kuwaittimes-syria-urges-russia-hand-over-assad-2025',
            locator: "photo caption and 'on Wednesday'",
          },
          {
            source: 'newsrael-reuters-sharaa-asked-cancel-russian-loans-2025',
            locator: "paragraph 1 ('at a meeting in Damascus on January 29')",
          },
        ],
        note: 'Kyiv Independent and Babel (both citing Reuters) date the talks 28 January; Kuwait Times/AFP and a later Reuters report date the Sharaa–Bogdanov meeting 29 January.',
      },
    ],
    note: 'The Bogdanov delegation visit itself belongs to the visits file. Reuters and the Kremlin sources did not say what Russia replied beyond agreeing to continue talks.',
  },
  {
    id: 'event-2025-02-russia-delivers-syrian-banknotes',
    start: '2025-02',
    kind: 'economic',
    title: {
      en: 'Russia delivers Syrian banknotes printed in Russia to Damascus',
      ar: 'روسيا تسلم دمشق أوراقا نقدية سورية مطبوعة في روسيا',
      ru: 'Россия доставила в Дамаск сирийские банкноты, напечатанные в России',
    },
    summary:
      'The Central Bank of Syria confirmed that cash in Syrian pounds had arrived from Russia through Damascus airport; Reuters sources said it was currency printed in Russia under Assad worth hundreds of billions of pounds.',
    sources: [
      {
        source: 'newspravda-tass-cash-syrian-pounds-2025',
        locator: 'TASS, February 14',
      },
      {
        source: 'buzb-russia-plane-cash-syria-2025',
        locator: 'citing Reuters',
      },
    ],
    confidence: 'verified',
    note: 'The central bank called circulating figures on the amount inaccurate; no amount is recorded.',
  },
  {
    id: 'event-2025-02-12-putin-sharaa-first-phone-call',
    start: '2025-02-12',
    kind: 'diplomatic',
    title: {
      en: 'First Putin–al-Sharaa telephone call',
      ar: 'أول اتصال هاتفي بين بوتين والشرع',
      ru: 'Первый телефонный разговор Путина и аш-Шараа',
    },
    summary:
      "In their first call, Putin stressed Russia's support for Syria's unity, sovereignty and territorial integrity and offered socio-economic and humanitarian help; they discussed trade, economic and educational cooperation and agreed to keep in contact, and Putin invited FM al-Shaibani to Moscow.",
    people: ['vladimir-putin', 'ahmed-al-sharaa'],
    sources: [
      {
        source: 'hurriyet-putin-sharaa-phone-call-2025',
        locator: 'Hürriyet Daily News, 2025-02-12',
      },
      {
        source: 'kyivindependent-putin-first-call-sharaa-2025',
        locator: "'on Feb. 12'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'event-2025-03-russian-diesel-cargo-reaches-syria',
    start: '2025-03',
    kind: 'economic',
    title: {
      en: 'First direct Russian diesel cargo to Syria in over a decade',
      ar: 'أول شحنة ديزل روسية مباشرة إلى سوريا منذ أكثر من عقد',
      ru: 'Первая более чем за десять лет прямая партия российского дизельного топлива в Сирию',
    },
    summary:
      'The US-sanctioned tanker Prosperity, loaded with about 37,000 tonnes of ultra-low-sulphur diesel at the Baltic port of Primorsk on 8 February, anchored off Banias, the first known direct Russian fuel supply to Syria in more than a decade.',
    sources: [
      {
        source: 'telegraphindia-russia-first-diesel-syria-2025',
        locator: 'paragraphs 1–5 (LSEG data; report of 6 March 2025)',
      },
      {
        source: 'maritime-executive-first-oil-tanker-syria-2025',
        locator: 'photo caption (tanker Prosperity arrived in Syria)',
      },
    ],
    confidence: 'verified',
    note: "Reuters said the cargo's final destination was unclear; Moscow was then seeking to keep its bases at Hmeimim and Tartus.",
  },
  {
    id: 'event-2025-03-putin-message-to-sharaa',
    start: '2025-03',
    kind: 'diplomatic',
    title: {
      en: 'Putin sends al-Sharaa a message offering cooperation',
      ar: 'بوتين يبعث برسالة إلى الرئيس السوري أحمد الشرع',
      ru: 'Путин направил аш-Шараа послание с предложением сотрудничества',
    },
    summary:
      'Days after the killings on the Syrian coast, Putin wrote to al-Sharaa backing efforts to stabilise Syria swiftly and preserve its sovereignty, unity and territorial integrity, and reaffirming readiness for practical cooperation across the bilateral agenda, the Kremlin said on 20 March 2025.',
    sources: [
      {
        source: 'hurriyet-putin-message-sharaa-2025',
        locator: 'paragraphs 1–3 (Peskov, per Russian news agencies)',
      },
      {
        source: 'aawsat-putin-message-sharaa-2025',
        locator: 'paragraphs 1–6 (announced Thursday; apparently sent Wednesday)',
      },
      {
        source: 'voz-putin-seeks-strengthen-ties-sharaa-2025',
        locator: 'paragraphs 1–3 (Peskov per Reuters: delivered on Wednesday through an envoy)',
      },
    ],
    confidence: 'verified',
    people: ['vladimir-putin', 'ahmed-al-sharaa'],
    related: ['event-2025-02-12-putin-sharaa-first-phone-call'],
    note: 'Reuters (via Voz) says it was delivered through an envoy on the Wednesday before the announcement, i.e. 19 March 2025; Asharq Al-Awsat says Peskov did not specify, so only the month is recorded.',
  },
  {
    id: 'event-2025-03-07-civilians-shelter-at-hmeimim',
    start: '2025-03-07',
    kind: 'other',
    title: {
      en: 'Thousands of Alawite civilians shelter at Hmeimim',
      ar: 'آلاف المدنيين العلويين يحتمون في حميميم',
      ru: 'Тысячи мирных жителей-алавитов укрываются в Хмеймиме',
    },
    summary:
      'During the killings of Alawite civilians on the Syrian coast, thousands fled to the Russian Hmeimim air base from 7 March 2025; the Russian Foreign Ministry said the base had sheltered more than 8,000, close to 9,000, mostly women and children.',
    sources: [
      {
        source: 'wingday-afp-alawites-refuge-hmeimim-2025',
        locator: 'paragraphs 1–5 (SOHR via AFP, 11 March)',
      },
      {
        source: 'caliber-zakharova-hmeimim-8000-2025',
        locator: 'paragraphs 1–4 (Zakharova briefing; shelter since 7 March)',
      },
      {
        source: 'jpost-reuters-syrians-sanctuary-hmeimim-2025',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'verified',
    note: "AFP's source says the displaced began arriving on Friday 7 March 2025.",
  },
  {
    id: 'event-2025-03-20-russian-arctic-crude-tanker-baniyas',
    start: '2025-03-20',
    kind: 'economic',
    title: {
      en: 'Tanker with Russian Arctic crude reaches Baniyas',
      ar: 'ناقلة محملة بنفط خام روسي من القطب الشمالي تصل إلى بانياس',
      ru: 'Танкер с российской арктической нефтью прибыл в Банияс',
    },
    summary:
      'The sanctioned tanker Aquatica, carrying about 100,000 tonnes of Russian Arctic crude loaded near Murmansk, arrived at Baniyas on 20 March 2025, hailed by Syrian media as the first crude cargo since the fall of Assad; a second tanker with Russian crude was on its way.',
    sources: [
      {
        source: 'maritime-executive-first-oil-tanker-syria-2025',
        locator: 'paragraphs 1–5 (arrival Thursday night, 20 March; second tanker Sabina with Russian crude)',
      },
      {
        source: 'nowbreaking-reuters-arctic-oil-tankers-syria-2025',
        locator: 'paragraphs 1–3 (Aquatica, about 100,000 t of Russian oil, arrived Thursday)',
      },
    ],
    confidence: 'verified',
    related: ['event-2025-03-russian-diesel-cargo-reaches-syria'],
    note: "The Maritime Executive prints the cargo as 'nearly 100 million metric tons', an evident slip for the roughly 100,000 tonnes Reuters gives.",
  },
  {
    id: 'event-2025-04-07-syria-recalls-ambassador-jaafari-from-moscow',
    start: '2025-04-07',
    kind: 'diplomatic',
    title: {
      en: 'Syria recalls its ambassador Bashar al-Jaafari from Moscow',
      ar: 'سوريا تستدعي سفيرها بشار الجعفري من موسكو',
      ru: 'Сирия отзывает из Москвы своего посла Башара аль-Джаафари',
    },
    summary:
      "Foreign Minister Asaad al-Shaibani recalled the Assad-era ambassadors to Russia and Saudi Arabia, Bashar al-Jaafari and Ayman Susan, to Damascus in a reshuffle of the diplomatic service, leaving chargés d'affaires in charge until the president named successors.",
    people: ['bashar-al-jaafari'],
    sources: [
      {
        source: 'tesaaworld-sana-recall-ambassadors-russia-saudi-2025',
        locator: 'paragraphs 1-2 (announced late on Monday 7 April)',
      },
      {
        source: 'jpost-media-line-syria-recalls-ambassadors-moscow-riyadh-2025',
        locator: 'paragraphs 1-2',
      },
      {
        source: 'newsfront-syrian-ambassador-completes-mission-2025',
        locator: 'paragraphs 1-2',
      },
      {
        source: 'memo-conflicting-reports-jaafari-asylum-2025',
        locator: 'paragraphs 1-4',
      },
      {
        source: 'rt-ru-sana-mid-sirii-perevedet-poslov-2025',
        locator: 'paragraphs 1-2',
      },
    ],
    confidence: 'verified',
    related: ['event-2022-10-05-jaafari-sworn-in-as-ambassador-to-russia'],
    note: 'On 14 April TASS cited a source saying Jaafari had asked for asylum in Russia; RIA Novosti and Al-Mayadeen reported that he denied it.',
  },
  {
    id: 'event-2025-04-20-first-russian-wheat-shipment-since-assad',
    start: '2025-04-20',
    kind: 'economic',
    title: {
      en: "First Russian wheat cargo since Assad's fall reaches Latakia",
      ar: 'أول شحنة قمح روسي منذ سقوط الأسد تصل إلى اللاذقية',
      ru: 'Первая партия российской пшеницы после падения Асада прибыла в Латакию',
    },
    summary:
      'The Russian-flagged bulk carrier Pola Marina, out of Rostov-on-Don, unloaded 6,600 tonnes of wheat at Latakia, the first seaborne wheat delivery since December 2024; Syria did not name the origin, and a TASS trader source called it a one-off, not a resumption of regular supplies.',
    sources: [
      {
        source: 'tass-russia-delivers-wheat-syria-2025',
        locator: "paragraphs 1–4 (Pola Marina, 6,600 t, Sunday 20 April; 'a one-off event')",
      },
      {
        source: 'cyprusmail-first-wheat-shipment-latakia-2025',
        locator: 'paragraphs 1–3 (6,600 tonnes; trader told Reuters it was from Russia)',
      },
      {
        source: 'aa-syria-first-wheat-shipment-latakia-2025',
        locator: 'paragraphs 1–2 (SANA: first wheat shipment at Latakia, Sunday)',
      },
    ],
    confidence: 'verified',
    related: ['event-2024-12-russian-wheat-supplies-to-syria-halt'],
  },
  {
    id: 'event-2025-05-20-attack-on-hmeimim-air-base',
    start: '2025-05-20',
    kind: 'other',
    title: {
      en: 'Militant attack on the Russian Hmeimim air base',
      ar: 'هجوم مسلح على قاعدة حميميم الجوية الروسية',
      ru: 'Нападение боевиков на российскую авиабазу Хмеймим',
    },
    summary:
      'Militants attacked the Russian Hmeimim air base; a Syrian official said two soldiers were killed along with two attackers, foreign trainers at a naval college who acted on their own, but it was unclear whether the dead were Russian soldiers or Syrian contractors.',
    sources: [
      {
        source: 'ap-militants-kill-2-hmeimim-2025',
        locator: "AP report: attack 'Tuesday'",
      },
      {
        source: 'bianet-russia-airbase-attacked-2025',
        locator: 'SOHR post of May 20, 2025',
      },
    ],
    confidence: 'verified',
    note: "Russia's Defence Ministry did not comment (AP). Nationality of the two dead not established.",
  },
  {
    id: 'event-2025-07-goznak-deal-new-syrian-banknotes',
    start: '2025-07',
    kind: 'economic',
    title: {
      en: 'Syria reportedly picks Goznak to print its new pound',
      ru: '«Гознак» напечатает для Сирии новые деноминированные банкноты',
      ar: 'تقارير: سوريا تختار «غوزناك» لطباعة ليرتها الجديدة',
    },
    summary:
      "According to bankers cited by Reuters, Syria agreed during its ministers' late-July 2025 visit to Moscow that Russia's state printer Goznak would print the new Syrian pound notes, with two zeros removed, to be launched on 8 December 2025 and to circulate alongside the old notes for a year.",
    sources: [
      {
        source: 'vedomosti-reuters-russia-print-syrian-banknotes-2025',
        locator: 'paragraphs 1–3 (Reuters, 22 August 2025)',
      },
      {
        source: 'tesaaworld-syria-new-currency-two-zeros-2025',
        locator: 'paragraphs 1–6',
      },
    ],
    confidence: 'reported',
    related: ['visit-2025-07-31-sy-ru-asaad-al-shaibani', 'event-2012-goznak-prints-syrian-banknotes'],
    note: 'Both pages retell one Reuters report resting on anonymous sources; in May 2025 Reuters had reported that Damascus was looking to printers in the UAE and Germany instead.',
  },
  {
    id: 'event-2025-07-31-agreement-to-review-bilateral-agreements',
    start: '2025-07-31',
    kind: 'diplomatic',
    title: {
      en: 'Russia and Syria agree to review all agreements concluded under Assad',
      ar: 'روسيا وسوريا تتفقان على مراجعة جميع الاتفاقيات المبرمة في عهد الأسد',
      ru: 'Россия и Сирия договорились провести инвентаризацию всех соглашений, заключённых при Асаде',
    },
    summary:
      "After Lavrov's talks with Syrian FM al-Shaibani in Moscow, both sides announced a review of all existing bilateral agreements and contracts, with the intergovernmental trade and economic commission to be revived once Syria named its co-chair.",
    people: ['sergey-lavrov'],
    sources: [
      {
        source: 'caliber-lavrov-review-agreements-2025',
        locator: 'Caliber.Az, July 31',
      },
      {
        source: 'lorientlejour-russia-syria-review-agreements-2025',
        locator: "L'Orient Today, 2025-07-31",
      },
      {
        source: 'trt-ru-lavrov-inventarizatsiya-2025',
        locator: 'TRT Russian, 2025-07-31',
      },
    ],
    confidence: 'verified',
    note: 'The visit itself belongs to the visits file; this records the decision announced at it. Neither side mentioned the bases.',
  },
  {
    id: 'event-2025-08-syria-seeks-russian-patrols',
    start: '2025-08',
    kind: 'diplomatic',
    title: {
      en: 'Damascus reportedly asks Russia to resume military-police patrols in southern Syria',
      ar: 'دمشق تطلب من روسيا استئناف دوريات الشرطة العسكرية في جنوب سوريا بحسب تقارير',
      ru: 'Дамаск, по сообщениям, попросил Россию возобновить патрулирование военной полиции на юге Сирии',
    },
    summary:
      'Kommersant reported that the al-Sharaa government wanted Russian military police to resume patrols in southern Syria to curb Israeli operations, and that Russian forces had carried out their first post-Assad patrol near Qamishli.',
    sources: [
      {
        source: 'eadaily-syria-asks-russia-patrols-2025',
        locator: 'EADaily, 12 August 2025',
      },
      {
        source: 'syrianobserver-damascus-seeks-russian-patrols-2025',
        locator: 'Syrian Observer',
      },
    ],
    confidence: 'reported',
    note: 'Both pages rest on one anonymous Kommersant source; Damascus did not confirm (Orda.kz, not cited).',
  },
  {
    id: 'event-2025-09-ukraine-syria-restore-relations',
    start: '2025-09',
    kind: 'recognition',
    title: {
      en: 'Ukraine and post-Assad Syria restore diplomatic relations',
      ar: 'أوكرانيا وسوريا ما بعد الأسد تعيدان العلاقات الدبلوماسية',
      ru: 'Украина и Сирия после Асада восстанавливают дипломатические отношения',
    },
    summary:
      "On the sidelines of the UN General Assembly in New York, foreign ministers Andriy Sybiha and Asaad al-Shaibani signed a joint communiqué restoring the relations Ukraine had cut in 2022 over Assad's recognition of the Donetsk and Luhansk entities, in the presence of Zelensky and Ahmed al-Sharaa.",
    people: ['asaad-al-shaibani', 'ahmed-al-sharaa'],
    sources: [
      {
        source: 'liga-ukraine-restores-relations-syria-2025',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'babel-ukraine-syria-restored-relations-2025',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'suspilne-ukraina-siria-vidnovliuiut-2025',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'verified',
    note: 'The reports read are dated 25 September 2025 but do not give the day of signing. Sybiha had visited Damascus in late December 2024.',
    related: [
      'event-2022-06-29-ukraine-breaks-relations-with-syria',
      'event-2022-07-20-syria-breaks-relations-with-ukraine',
    ],
  },
  {
    id: 'event-2025-09-17-russian-house-in-syria-frozen',
    start: '2025-09-17',
    kind: 'other',
    title: {
      en: 'Primakov says Russian House in Syria stays frozen',
      ar: 'بريماكوف: البيت الروسي في سوريا يبقى مجمداً',
      ru: 'Примаков: работа «Русского дома» в Сирии остаётся замороженной',
    },
    summary:
      'Yevgeny Primakov said the Russian cultural centre in Syria was officially suspended for an indefinite time, as the embassy judged the country not yet safe enough for it to reopen.',
    sources: [
      {
        source: 'vz-primakov-russian-house-syria-frozen-2025',
        locator: 'paragraphs 1-3',
      },
    ],
    confidence: 'reported',
    continues: 'event-2024-12-russian-house-damascus-mothballed',
  },
  {
    id: 'event-2025-09-25-lavrov-shaibani-meet-at-un-general-assembly',
    start: '2025-09-25',
    kind: 'diplomatic',
    title: {
      en: 'Lavrov and al-Shaibani meet at the UN General Assembly',
      ru: 'Лавров и аш-Шейбани встретились на полях ГА ООН',
      ar: 'لافروف والشيباني يلتقيان على هامش الجمعية العامة للأمم المتحدة',
    },
    summary:
      "On the sidelines of the 80th UN General Assembly in New York, Lavrov met a Syrian delegation led by al-Shaibani; they reviewed the schedule of coming contacts, including al-Sharaa's planned attendance at the first Russia–Arab summit in Moscow in October, and Russia restated its support for Syria's unity, sovereignty and territorial integrity.",
    sources: [
      {
        source: 'tass-ru-lavrov-shaibani-unga-2025',
        locator: 'paragraphs 1–4 (Russian Foreign Ministry statement)',
      },
      {
        source: 'reportaz-lavrov-meets-syrian-delegation-unga-2025',
        locator: "paragraphs 1–4 (Zakharova's Telegram post, 25 September)",
      },
    ],
    confidence: 'verified',
    people: ['sergey-lavrov', 'asaad-al-shaibani'],
    related: ['visit-2025-10-15-sy-ru-ahmed-al-sharaa'],
  },
  {
    id: 'event-2025-10-shaibani-says-assad-era-agreements-suspended',
    start: '2025-10',
    kind: 'diplomatic',
    title: {
      en: 'Syrian foreign minister says Assad-era agreements with Russia are suspended',
      ar: 'وزير الخارجية السوري: الاتفاقيات المبرمة مع روسيا في عهد الأسد معلقة',
      ru: 'Глава МИД Сирии заявил, что соглашения с Россией эпохи Асада приостановлены',
    },
    summary:
      "After al-Sharaa's October 2025 Moscow visit, al-Shaibani said all agreements reached with Russia under the previous regime were suspended, no new ones had yet been reached, and the fate of the Russian bases was still being negotiated.",
    people: ['ahmed-al-sharaa'],
    sources: [
      {
        source: 'c97-syria-head-rebuffed-putin-2025',
        locator: '19.10.2025, citing The Moscow Times',
      },
      {
        source: 'rbcua-putin-ne-dohovoryvsya-2025',
        locator: '19 October 2025, citing Asharq Al-Awsat',
      },
      {
        source: 'dawn-sharaa-respect-past-deals-2025',
        locator: 'contrasting statement by al-Sharaa to Putin, 15 October 2025',
      },
    ],
    confidence: 'reported',
    note: "Contradicts al-Sharaa's words to Putin on 15 October 2025 that Syria 'respects all agreements made with' Russia (Dawn/Reuters). The two pages reporting al-Shaibani's remark rest on one interview, so 'reported'.",
  },
  {
    id: 'event-2025-10-15-novak-energy-talks-commission-revival',
    start: '2025-10-15',
    kind: 'economic',
    title: {
      en: 'Russia offers oil-field and reconstruction help to Syria',
      ar: 'نوفاك: ناقشنا مع سوريا التعاون في مجال الطاقة',
      ru: 'Россия предлагает Сирии помощь на нефтяных месторождениях и в восстановлении',
    },
    summary:
      'After the Putin–al-Sharaa talks, Deputy Prime Minister Alexander Novak said the sides had discussed energy cooperation including Syrian oil fields, where Russian firms were ready to work again, Russian help with rebuilding energy, rail and transport infrastructure, and Syrian interest in Russian wheat and medicines, and had agreed to convene the intergovernmental commission soon.',
    sources: [
      {
        source: 'lbc-novak-energy-cooperation-syria-2025',
        locator: 'paragraphs 1–3 (Reuters)',
      },
      {
        source: 'shorouknews-novak-2025',
        locator: 'paragraphs 1–6 (TASS)',
      },
      {
        source: 'masrawy-novak-syria-reconstruction-2025',
        locator: 'paragraphs 1–4 (wheat and medicines; oil)',
      },
      {
        source: 'kommersant-novak-russia-ready-syrian-oil-2025',
        locator: 'paragraph 1 (oil fields, infrastructure, wheat, food and medicines; commission to meet soon)',
      },
    ],
    confidence: 'verified',
    people: ['alexander-novak'],
    related: ['visit-2025-10-15-sy-ru-ahmed-al-sharaa'],
  },
  {
    id: 'event-2025-10-16-kremlin-silent-on-assad-extradition',
    start: '2025-10-16',
    kind: 'diplomatic',
    title: {
      en: "Kremlin has 'nothing to report' on handing over Assad",
      ar: 'الكرملين «ليس لديه ما يعلنه» بشأن تسليم الأسد',
      ru: 'Кремлю «нечего сообщить» о выдаче Асада',
    },
    summary:
      "The day after al-Sharaa's Kremlin talks, at which AFP reported he asked for Assad's extradition, Peskov said Moscow had 'nothing to report' on Assad, while confirming the Russian bases at Tartus and Hmeimim had been discussed; Lavrov had said days earlier that Assad and his family were sheltered for purely humanitarian reasons and denied he had been poisoned.",
    sources: [
      {
        source: 'anews-russia-nothing-to-report-assad-extradition-2025',
        locator: 'paragraphs 1–6 (Peskov, Thursday 16 October)',
      },
      {
        source: 'trtworld-russia-mum-assad-extradition-2025',
        locator: 'paragraphs 1–7',
      },
      {
        source: 'khalijiuwn24-nothing-to-say-handing-over-assad-2025',
        locator: "paragraphs 2–9 (AFP report of the request; Lavrov's remarks the week before)",
      },
    ],
    confidence: 'verified',
    people: ['bashar-al-assad'],
    related: [
      'visit-2025-10-15-sy-ru-ahmed-al-sharaa',
      'event-2025-01-28-syria-demands-assad-handover-and-compensation',
    ],
  },
  {
    id: 'event-2025-12-syria-russia-wheat-supply-talks',
    start: '2025-12',
    kind: 'economic',
    title: {
      en: 'Syria and Russia discuss contracts for Russian wheat',
      ar: 'مباحثات سورية روسية حول التعاقد على توريد القمح الروسي',
      ru: 'Сирия и Россия обсуждают контракты на поставку российской пшеницы',
    },
    summary:
      "As al-Shaibani and Abu Qasra arrived in Moscow, Syria's Ministry of Economy and Industry said it was studying offers from Russian companies to supply wheat, after deputy minister Maher Khalil al-Hassan discussed wheat-supply contracts by video link with Russian deputy agriculture minister Maxim Markovich; the sides agreed to keep coordinating.",
    sources: [
      {
        source: 'a5r5br-syrian-ministerial-delegation-moscow-wheat-2025',
        locator: 'paragraphs 2–4 (Syrian Ministry of Economy and Industry statement)',
      },
      {
        source: 'sputnikarabic-syrian-delegation-moscow-wheat-offers-2025',
        locator:
          'paragraphs 2–3 (ministry statement of Tuesday 23 December: studying offers from Russian companies to supply wheat)',
      },
    ],
    confidence: 'verified',
    related: ['visit-2025-12-23-sy-ru-asaad-al-shaibani', 'event-2025-04-20-first-russian-wheat-shipment-since-assad'],
  },
  {
    id: 'event-2025-12-25-russian-syrian-business-council-meets',
    start: '2025-12-25',
    kind: 'economic',
    title: {
      en: 'Russian–Syrian Business Council meets in Moscow',
      ar: 'مجلس الأعمال الروسي-السوري يعقد اجتماعاً في موسكو',
      ru: 'Российско-сирийский деловой совет провёл заседание в Москве',
    },
    summary:
      'The Russian–Syrian Business Council met in Moscow for the first time since the fall of the Assad government; its chairman Louay Youssef said its 2026 plan was to revive trade and encourage Russian companies in the Syrian market, especially in energy and construction.',
    sources: [
      {
        source: 'sputnikarabic-russian-syrian-business-council-moscow-2025',
        locator: 'paragraphs 1–2 (Thursday 25 December 2025)',
      },
    ],
    confidence: 'reported',
    related: ['visit-2025-12-23-sy-ru-asaad-al-shaibani'],
  },
  {
    id: 'event-2026-01-russia-withdraws-from-qamishli',
    start: '2026-01',
    kind: 'military-operation',
    title: {
      en: 'Russia withdraws its forces from Qamishli airport',
      ar: 'روسيا تسحب قواتها من مطار القامشلي',
      ru: 'Россия выводит свои силы из аэропорта Камышлы',
    },
    summary:
      'As Damascus took north-east Syria from the SDF, Russian forces stationed at Qamishli airport since 2019 began a gradual withdrawal, moving equipment to Hmeimim or back to Russia; Hmeimim and Tartus were expected to be kept.',
    sources: [
      {
        source: 'almonitor-russia-withdrawing-qamishli-2026',
        locator: 'Reuters, Jan 26, 2026',
      },
      {
        source: 'moscowtimes-russia-pulling-forces-qamishli-2026',
        locator: '2026-01-26',
      },
      {
        source: 'okaz-russia-leaves-qamishli-2026',
        locator: 'Russian source, 2026-01-26',
      },
    ],
    confidence: 'verified',
    note: 'Reuters sources said the withdrawal began the week before 26 January 2026; al-Sharaa visited Moscow on 28 January 2026 (visits file).',
  },
  {
    id: 'event-2026-01-syria-asks-russia-to-reopen-russian-house',
    start: '2026-01',
    kind: 'diplomatic',
    title: {
      en: 'Syria wants Russian House reopened, says Primakov',
      ar: 'بريماكوف: سوريا تريد إعادة فتح البيت الروسي',
      ru: 'Сирия хочет, чтобы «Русский дом» вновь открылся, — Примаков',
    },
    summary:
      'Primakov told Vedomosti that the Syrian side had clearly asked, through the foreign ministries, for full relations and the reopening of the Russian House, but that Moscow would decide on the basis of security guarantees.',
    sources: [
      {
        source: 'kommersant-primakov-russian-house-syria-2026',
        locator: 'paragraphs 1-2',
      },
    ],
    confidence: 'reported',
    related: ['event-2024-12-russian-house-damascus-mothballed'],
    note: 'Kommersant reported the interview on 12 January 2026.',
  },
  {
    id: 'event-2026-01-ashhad-salibi-charge-daffaires-in-moscow',
    start: '2026-01',
    kind: 'diplomatic',
    title: {
      en: "Syria names Ashhad Salibi chargé d'affaires in Moscow",
      ar: 'سوريا تعين أشهد صليبي قائماً بالأعمال في موسكو',
      ru: 'Сирия назначила Ашхада Салиби временным поверенным в делах в Москве',
    },
    summary:
      "In a round of appointments to seven capitals, the Syrian Foreign Ministry named Ashhad Salibi, a former deputy director of its Russia department, chargé d'affaires in Moscow; he travelled with President al-Sharaa on his visit to Moscow on 28 January 2026.",
    sources: [
      {
        source: 'syrianobserver-seven-charges-daffaires-2026',
        locator: 'paragraphs 1-3 and 10',
      },
    ],
    confidence: 'reported',
    related: [
      'event-2025-04-07-syria-recalls-ambassador-jaafari-from-moscow',
      'event-2026-01-28-bases-on-sharaa-putin-agenda',
    ],
    note: "Syria TV's government sources; the ministry had published no list when the report appeared.",
  },
  {
    id: 'event-2026-01-28-bases-on-sharaa-putin-agenda',
    start: '2026-01-28',
    kind: 'basing',
    title: {
      en: "Russian bases on the agenda of al-Sharaa's Moscow talks",
      ar: 'القواعد الروسية على جدول أعمال مباحثات الشرع في موسكو',
      ru: 'Российские базы на повестке переговоров аш-Шараа в Москве',
    },
    summary:
      "Reporting on al-Sharaa's second meeting with Putin said a revision of the status of the Russian presence at Tartus and Hmeimim was a key item, days after Russian forces left Qamishli; no agreement on the bases was announced.",
    people: ['ahmed-al-sharaa', 'vladimir-putin'],
    sources: [
      {
        source: 'rtvi-na-konu-bazy-v-sirii-2026',
        locator: 'paragraphs 1–3 (Reuters source on the agenda)',
      },
      {
        source: 'rbc-sharaa-vtoroy-vizit-2026',
        locator: 'headline and lead',
      },
    ],
    confidence: 'reported',
    related: ['event-2026-01-russia-withdraws-from-qamishli', 'visit-2026-01-28-sy-ru-ahmed-al-sharaa'],
    note: 'RBC only presumes the bases were discussed; RTVI relays a Reuters source, so the record rests on one account.',
  },
];
