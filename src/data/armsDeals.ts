import type { ArmsDeal } from './types.js';

/** Arms requests, refusals, agreements and deliveries between the USSR/Russia (and Czechoslovakia) and Syria, oldest first. */
export const armsDeals: ArmsDeal[] = [
  {
    id: 'arms-1985-su-sy-delivered-cumulative-1955-1985',
    date: '1955',
    end: '1985',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'military assistance (all types, cumulative 1955–1985)',
        category: 'other',
      },
    ],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "fn. 1 (Ma'oz, Sphinx of Damascus, pp. 58–59)",
      },
      {
        source: 'maoz-1988-sphinx',
        locator: "pp. 58–59, as cited in the article's fn. 1",
      },
      {
        source: 'country-data-syria-foreign-influences-armed-forces',
        locator:
          'paragraph 2 (East European aid small-scale until 1966; Soviet aid grew substantially after the June 1967 war)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'valueUsd',
        value: 19000,
        sources: [
          {
            source: 'inside-arabia-damascus-moscow-2',
            locator: "fn. 1 (Ma'oz, Sphinx of Damascus, pp. 58–59)",
          },
          {
            source: 'maoz-1988-sphinx',
            locator: "pp. 58–59, as cited in the article's fn. 1",
          },
        ],
        note: "The article prints US$19,000 for the whole of 1955–1985 (citing Ma'oz). That cannot be right: the same article puts a single 1972 deal at US$700 million. The figure has probably lost a 'million' or 'billion', so the record carries no value.",
      },
      {
        field: 'valueUsd',
        value: 26000000000,
        sources: [
          {
            source: 'studfiles-okorokov-secret-wars-p32',
            locator:
              'note 116 (more than US$26 billion of military goods delivered from 1956 to the fall of the USSR, citing Zolotarev 2000, p. 206)',
          },
        ],
        note: 'Russian sources give more than US$26 billion of military goods for 1956–1991, a longer period (see arms-1991-su-sy-delivered-cumulative-1956-1991); no source giving a total for exactly 1955–1985 was found.',
      },
    ],
    note: "The article also says Soviet military support to the Baathists was 'limited' before 1970; the Library of Congress study says East European aid was small-scale until 1966 and grew substantially after June 1967.",
  },
  {
    id: 'arms-1956-su-sy-agreed-first-direct',
    date: '1956',
    supplier: 'SU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'jet aircraft',
        category: 'aircraft',
      },
      {
        system: 'anti-aircraft guns',
        category: 'air-defence',
      },
    ],
    sources: [
      {
        source: 'wikisum-ss-nezhin',
        locator: "paragraph 2 ('At the end of the year, the Soviet Union and Syria signed first direct agreement...')",
      },
      {
        source: 'rokkit-russian-syrian-relations-mfa',
        locator: "paragraph 3 ('1956, when the first military contract was signed')",
      },
    ],
    confidence: 'verified',
    note: 'Also covered training of Syrian military personnel.',
  },
  {
    id: 'arms-1956-su-sy-refused-two-squadrons',
    date: '1956',
    supplier: 'SU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'fighter squadrons with Soviet pilots (deployment request)',
        category: 'aircraft',
        quantity: 2,
      },
    ],
    sources: [
      {
        source: 'wilson-even-two-squadrons-1956',
        locator: 'introduction',
      },
    ],
    confidence: 'reported',
    note: 'At the end of 1956 Syria asked Moscow to deploy two squadrons and their pilots on Syrian territory; Moscow responded negatively.',
  },
  {
    id: 'arms-1957-07-su-sy-delivered-cumulative',
    date: '1956',
    end: '1957-07',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'Soviet arms (unspecified)',
        category: 'other',
      },
    ],
    valueUsd: 120000000,
    priceBasis:
      'as reported by an Israeli Foreign Office spokesman (JTA, 12 Aug 1957): cumulative value of Soviet arms received up to the end of July 1957, priced one-third below world market, current US$ of 1957',
    sources: [
      {
        source: 'jta-1957-08-12-zhukov-to-visit-syria',
        locator: 'paragraph 2',
      },
    ],
    confidence: 'reported',
    note: 'Bonnie Saunders (quoted by 1957timecapsule) puts Soviet military aid in 1956 at about $60 million — a different period, not necessarily a contradiction. The total runs from the first Soviet deliveries (1956, see arms-1956-su-sy-agreed-first-direct) to July 1957.',
  },
  {
    id: 'arms-1991-su-sy-delivered-cumulative-1956-1991',
    date: '1956',
    end: '1991',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'tactical and operational-tactical missile systems',
        category: 'missiles',
        quantity: 65,
      },
      {
        system: 'tanks',
        category: 'armour',
        quantity: 5000,
      },
      {
        system: 'combat aircraft',
        category: 'aircraft',
        quantity: 1200,
      },
      {
        system: 'artillery pieces and mortars',
        category: 'other',
        quantity: 4200,
      },
      {
        system: 'warships and boats',
        category: 'naval',
        quantity: 70,
      },
      {
        system: 'anti-aircraft missile systems',
        category: 'air-defence',
      },
    ],
    valueUsd: 26000000000,
    priceBasis:
      "as reported by a Russian MFA text (rokkit.ru): 'more than $26 billion' for 1956-1991; price basis not stated",
    sources: [
      {
        source: 'rokkit-russian-syrian-relations-mfa',
        locator: "paragraph 'Until 1991, Syria was one of the main buyers…'",
      },
      {
        source: 'receive-news-2025-russia-main-arms-supplier-syria',
        locator:
          "paragraph quoting 'a recent BBC report' ('Between 1956 and 1991, Syria gained some 5,000 tanks, 1,200 fighter jets, 70 ships … worth more than $26 billion, according to Russian estimates')",
      },
    ],
    confidence: 'verified',
    note: "Cumulative total of Soviet deliveries from the first contract (1956) to 1991, not a single deal. The figures are approximations ('about' 5,000 tanks, 'more than' 1,200 aircraft, 'about' 70 vessels). The BBC, as quoted by receive.news, gives the same totals (5,000 tanks, 1,200 jets, 70 ships, more than $26 billion) 'according to Russian estimates', so both sources go back to the same Russian official figure.",
  },
  {
    id: 'arms-1956-02-cs-sy-agreed',
    date: '1956-02',
    supplier: 'CS',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'tanks and other military equipment',
        category: 'armour',
      },
    ],
    valueUsd: 22000000,
    priceBasis:
      'as reported by FRUS 1955–57 vol. XIII doc. 320, footnote 2 (US Embassy Damascus telegram 765, 20 Feb 1956: letter of credit opened through an Arab bank), current US$ of 1956',
    sources: [
      {
        source: 'frus-1955-57-v13-d320',
        locator: 'telegram of 24 Jan 1956 and footnote 2',
      },
      {
        source: 'wikisum-ss-nezhin',
        locator: 'paragraph 2 (deliveries from Czechoslovakia in 1956 worth $18 million)',
      },
      {
        source: 'irice-czechoslovakia-arms-syria',
        locator: 'abstract',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'valueUsd',
        value: 18000000,
        sources: [
          {
            source: 'wikisum-ss-nezhin',
            locator: 'paragraph 2',
          },
        ],
        note: 'The Wikipedia mirror gives $18 million as the total value of Czechoslovak arms delivered in 1956; FRUS reports a $22 million letter of credit. They may measure different things.',
      },
    ],
    note: 'Supplier Czechoslovakia (Soviet-bloc channel). Chief of Staff Shuqayr confirmed on 22 Feb 1956 the decision in principle to buy Czechoslovak arms.',
  },
  {
    id: 'arms-1956-03-cs-sy-delivered',
    date: '1956-03',
    supplier: 'CS',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'tanks',
        category: 'armour',
      },
      {
        system: 'artillery',
        category: 'other',
      },
      {
        system: 'Czech-made submachine guns',
        category: 'other',
      },
    ],
    sources: [
      {
        source: 'frus-1955-57-v13-d320',
        locator: 'footnote 2 (Allen Dulles to the NSC, 8 March 1956: delivery of Soviet bloc arms to Syria had begun)',
      },
      {
        source: 'wikisum-ss-nezhin',
        locator: 'paragraph 2',
      },
      {
        source: 'time-syria-open-house',
        locator: 'paragraph 2',
      },
    ],
    confidence: 'verified',
    note: "Deliveries began by March 1956 and continued through the year; Time (late 1956) saw Czech-made 'Tommy guns' and newly arrived Soviet-bloc artillery and tanks. FRUS speaks of 'Soviet bloc arms'.",
  },
  {
    id: 'arms-1957-su-sy-agreed-azm',
    date: '1957',
    supplier: 'SU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'tanks',
        category: 'armour',
      },
      {
        system: 'guns',
        category: 'other',
      },
      {
        system: 'jet fighters',
        category: 'aircraft',
      },
    ],
    valueUsd: 240000000,
    priceBasis:
      "as reported by Time (14 Oct 1957), quoting Syria's Agriculture Minister's 'estimated $240 million deal for Soviet-bloc tanks, guns and jet fighters', current US$ of 1957",
    sources: [
      {
        source: 'time-1957-10-14-middle-east',
        locator: 'paragraph 1',
      },
      {
        source: 'time-1957-10-07-arms-and-friends',
        locator: 'last paragraph',
      },
      {
        source: 'timecapsule-1957-08-06-ussr-syria-agreement',
        locator: 'paragraph 1 (Saunders)',
      },
      {
        source: 'jta-1957-08-12-zhukov-to-visit-syria',
        locator: 'paragraph 1',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'valueUsd',
        value: 570000000,
        sources: [
          {
            source: 'timecapsule-1957-08-06-ussr-syria-agreement',
            locator: 'paragraph 1, quoting Bonnie F. Saunders',
          },
        ],
        note: 'Saunders gives $570 million in Soviet-bloc credits for weapons, to be repaid with future grain; Time gives an estimated $240 million.',
      },
    ],
    note: 'Negotiated by Khalid al-Azm during his July–August 1957 Moscow visit; described as a Soviet-bloc deal, paid partly in Syrian farm produce. Exact signing date not found.',
  },
  {
    id: 'arms-1957-su-sy-delivered-t-34',
    date: '1957',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'T-34 tanks',
        category: 'armour',
      },
    ],
    sources: [
      {
        source: 'time-1957-09-02-to-the-edge',
        locator: "paragraph 1 ('Russian T-34 tanks patrolled the road to Damascus')",
      },
      {
        source: 'avalanchepress-sword-syrian-pieces-2',
        locator: 'paragraph 2',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'supplier',
        value: 'CS',
        sources: [
          {
            source: 'avalanchepress-sword-syrian-pieces-2',
            locator: "paragraph 2 ('The first T-34/85's arrived in the late 1950's from Czechoslovakia')",
          },
        ],
        note: 'Time calls them Russian tanks; Avalanche Press says the first T-34/85s came from Czechoslovakia.',
      },
    ],
    note: 'In service by late August 1957; no quantity found.',
  },
  {
    id: 'arms-1957-01-su-sy-delivered-mig-17',
    date: '1957-01',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'MiG-17',
        category: 'aircraft',
      },
    ],
    sources: [
      {
        source: 'wikisum-syrian-air-force',
        locator: 'paragraph on first MiG-17s (January 1957; two squadrons at Mezzeh by end of 1957)',
      },
      {
        source: 'time-1957-09-02-to-the-edge',
        locator: 'paragraph 1 (MIG-17 fighters over Syria)',
      },
    ],
    confidence: 'verified',
    note: "Month from the Wikipedia mirror only; Time confirms MiG-17s flying over Syria by late August 1957. No aircraft count found beyond 'two squadrons'.",
  },
  {
    id: 'arms-1967-su-sy-delivered-post-war-resupply',
    date: '1967',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'jet combat aircraft (replacing war losses, Egypt and Syria together)',
        category: 'aircraft',
      },
      {
        system: 'tanks and armoured vehicles (replacing war losses, Egypt and Syria together)',
        category: 'armour',
      },
    ],
    sources: [
      {
        source: 'jta-soviet-replaced-half-of-planes-lost-by-arabs-1967',
        locator:
          'paragraph 1 (official US sources: the USSR had already replaced about half of the jets and a quarter of the tanks and vehicles lost by Egypt and Syria in the six-day war)',
      },
    ],
    confidence: 'reported',
    note: 'Resupply after the June 1967 war, weeks after the refusal reported for May 1967. The source gives shares of losses replaced for Egypt and Syria combined, with no Syria-only quantities, so no quantity is recorded.',
  },
  {
    id: 'arms-1967-05-su-sy-refused',
    date: '1967-05',
    supplier: 'SU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'arms (unspecified)',
        category: 'other',
      },
    ],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted paragraph on Jadid and the 1967 war',
      },
      {
        source: 'country-data-syria-foreign-influences-armed-forces',
        locator:
          'paragraph 2 (East European aid small-scale until 1966; Soviet aid grew substantially after the June 1967 war)',
      },
    ],
    confidence: 'reported',
    note: 'Request made by Salah Jadid in Moscow according to the article; not independently confirmed. The Library of Congress study says Soviet aid grew substantially only after the June 1967 war.',
  },
  {
    id: 'arms-1969-07-su-sy-refused',
    date: '1969-07',
    supplier: 'SU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'weapons (unspecified)',
        category: 'other',
      },
    ],
    sources: [
      {
        source: 'jta-1969-soviet-leaders-plan-syria-visit-sisco-moscow',
        locator: "paragraph 4 (Syrian cabinet review of Atassi's Moscow visit)",
      },
    ],
    confidence: 'reported',
    note: "Informed sources in Damascus said President Atassi failed to obtain more arms during his July 1969 Moscow visit, which instead produced Soviet help for Syria's nationalised oil industry and Kremlin acceptance of invitations to Syria.",
  },
  {
    id: 'arms-1971-su-sy-delivered-mig-21-su-7-mi-8',
    date: '1971',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'MiG-21 (latest model)',
        category: 'aircraft',
        quantity: 21,
      },
      {
        system: 'MiG-17',
        category: 'aircraft',
        quantity: 9,
      },
      {
        system: 'Su-7 fighter-bomber',
        category: 'aircraft',
        quantity: 5,
      },
      {
        system: 'Mi-8 transport helicopter',
        category: 'aircraft',
        quantity: 22,
      },
    ],
    sources: [
      {
        source: 'jta-state-dept-confirms-soviet-supplies-egypt-syria-1971',
        locator:
          "paragraph 1 (New York Times figures for Syria: 21 latest-model MiG-21s, nine older MiG-17s, five Sukhoi-7s and 22 'MIG-8' helicopters; confirmed by State Department officials)",
      },
    ],
    confidence: 'reported',
    note: "The New York Times figures, confirmed by State Department officials, are totals of recent shipments reported in mid-1971; the period they cover for Syria is not stated (for Egypt the count runs from the August 1970 ceasefire). 'MIG-8' in the source is the Mi-8 helicopter.",
  },
  {
    id: 'arms-1972-07-su-sy-agreed',
    date: '1972-07',
    supplier: 'SU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'MiG-21',
        category: 'aircraft',
      },
      {
        system: 'SAM surface-to-air missiles',
        category: 'air-defence',
      },
      {
        system: 'FROG surface-to-surface rockets',
        category: 'missiles',
      },
    ],
    valueUsd: 700000000,
    priceBasis: 'as reported by the article citing Dupuy (1978), p. 441; current US$, year not stated',
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
        source: 'time-1973-are-the-russians-the-real-winners',
        locator:
          'paragraph 2 (Soviets gave Syria sophisticated anti-aircraft missiles including the SA-6 before the war)',
      },
    ],
    confidence: 'reported',
    note: 'Time confirms the kinds of weapons supplied before October 1973 but not the deal, its date or value.',
  },
  {
    id: 'arms-1973-su-sy-delivered',
    date: '1973',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'combat aircraft',
        category: 'aircraft',
        quantity: 180,
      },
      {
        system: 'SAM batteries',
        category: 'air-defence',
        quantity: 100,
      },
      {
        system: 'missile launchers',
        category: 'missiles',
        quantity: {
          min: 400,
          max: 500,
        },
      },
    ],
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
        source: 'time-1973-are-the-russians-the-real-winners',
        locator: 'paragraph 3 (Syria received more than 60% of its 300 or so combat aircraft after January 1973)',
      },
    ],
    confidence: 'disputed',
    note: "Upgrade that followed Kutakhov's May 1973 survey. Aircraft: more than 60% of about 300 (Time), so at least 180, recorded as 180. The article says 'more than 100' SAM batteries (recorded as 100).",
    conflicts: [
      {
        field: 'items[0].quantity',
        value: 300,
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
        note: 'The article (after Dupuy) gives 300 combat aircraft; Time gives about 300 as Syria’s whole inventory, of which more than 60% arrived after January 1973.',
      },
    ],
  },
  {
    id: 'arms-1973-su-sy-refused-mig-23',
    date: '1973',
    supplier: 'SU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'MiG-23',
        category: 'aircraft',
      },
    ],
    sources: [
      {
        source: 'andrew-mitrokhin-world-going-our-way-p38',
        locator: 'paragraph 1 (Assad angry that Moscow had refused the more advanced MiG-23)',
      },
    ],
    confidence: 'reported',
    note: "Known only as background to Assad's anger after the October 1973 war, when Syria had fought with MiG-19s and MiG-21s; the source gives no date for the refusal itself. MiG-23s were delivered in 1974 (see arms-1974-su-sy-delivered).",
  },
  {
    id: 'arms-1974-su-sy-delivered',
    date: '1974',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'fighter aircraft (total, incl. MiG-23)',
        category: 'aircraft',
        quantity: 300,
      },
      {
        system: 'MiG-23',
        category: 'aircraft',
        quantity: 45,
      },
      {
        system: 'tanks',
        category: 'armour',
        quantity: 1000,
      },
      {
        system: 'Scud',
        category: 'missiles',
        quantity: 30,
      },
      {
        system: 'FROG',
        category: 'missiles',
        quantity: 100,
      },
    ],
    sources: [
      {
        source: 'andrew-mitrokhin-world-going-our-way-p38',
        locator: 'paragraph on 1974 deliveries',
      },
    ],
    confidence: 'reported',
    note: "Source: 'over 300' fighters and 'over 1,000' tanks (given here as minimum values); MiG-23s reportedly flown with Cuban and North Korean pilots; 3,000 Soviet advisers by end-1974.",
  },
  {
    id: 'arms-1975-10-su-sy-agreed',
    date: '1975-10',
    supplier: 'SU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'sophisticated weapons (unspecified)',
        category: 'other',
      },
    ],
    sources: [
      {
        source: 'cia-weekly-1977-04-ussr-syria-asad-visit',
        locator:
          "item 'USSR-Syria', paragraph 2 (1976 deliveries consisted mostly of sophisticated weapons ordered under an October 1975 accord)",
      },
    ],
    confidence: 'reported',
    note: "The accord is known here only from the CIA's description of the 1976 deliveries made under it; it coincides with Assad's October 1975 visit to Moscow (recorded separately).",
  },
  {
    id: 'arms-1976-su-sy-delivered',
    date: '1976',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'arms deliveries, mostly sophisticated weapons (total value)',
        category: 'other',
      },
    ],
    valueUsd: 290000000,
    priceBasis: 'CIA estimate of the value of 1976 deliveries, current US$ as reported in April 1977',
    continues: 'arms-1975-10-su-sy-agreed',
    sources: [
      {
        source: 'cia-weekly-1977-04-ussr-syria-asad-visit',
        locator: "item 'USSR-Syria', paragraph 2 ('Deliveries in 1976 totaled $290 million')",
      },
    ],
    confidence: 'reported',
    note: 'Deliveries under the October 1975 accord; no aircraft were delivered in the ten months before April 1977 (see the 1976 slowdown record).',
  },
  {
    id: 'arms-1976-su-sy-refused-lebanon-slowdown',
    date: '1976',
    supplier: 'SU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'combat aircraft (no deliveries for ten months) and new contracts',
        category: 'aircraft',
      },
    ],
    sources: [
      {
        source: 'wikileaks-1976damasc07301-syro-soviet-relations',
        locator:
          'paragraphs 1–2 (Soviet stern note in mid-October 1976 protesting the use of Soviet arms against Palestinians; Hungarian embassy told not to negotiate new weapons contracts; rumours of a Soviet arms cut-off)',
      },
      {
        source: 'cia-weekly-1977-04-ussr-syria-asad-visit',
        locator:
          "item 'USSR-Syria', paragraph 2 (MiG-21s delivered on the eve of Assad's April 1977 visit were the first aircraft in ten months)",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'status',
        value: 'delivered',
        sources: [
          {
            source: 'wikileaks-1976damasc07301-syro-soviet-relations',
            locator:
              "paragraph 2 (Syrian MFA's Shoufi: '100 percent certain' the Soviets had not cut off weapons or spare parts)",
          },
          {
            source: 'cia-weekly-1977-04-ussr-syria-asad-visit',
            locator: "item 'USSR-Syria', paragraph 2 (deliveries in 1976 still totalled US$290 million)",
          },
        ],
        note: "The US embassy found the evidence of a Soviet arms cut-off 'highly contradictory'; overall deliveries continued in 1976 while aircraft deliveries stopped for about ten months.",
      },
    ],
    note: "Soviet pressure over Syria's 1976 intervention in Lebanon: a slowdown rather than an announced embargo. Period: roughly mid-1976 to April 1977.",
  },
  {
    id: 'arms-1977-su-sy-refused-mig-27',
    date: '1977',
    supplier: 'SU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'MiG-27',
        category: 'aircraft',
      },
    ],
    sources: [
      {
        source: 'lastampa-1979-assad-batte-alla-porta-di-mosca',
        locator:
          "paragraph 2 ('la Siria ricevette nuovi carri armati ma non i Mig-27 sui quali contava'; Syrian demands too many according to Chief of General Staff Ogarkov)",
      },
    ],
    confidence: 'reported',
    note: "La Stampa (1979) places the episode after Assad's Moscow visit 'two years earlier', when Moscow had mediated his reconciliation with the PLO; the year is derived from that and is approximate. Syria wanted the MiG-27s against Iraq and Israeli flights over Lebanon; it received new tanks instead. Single source.",
  },
  {
    id: 'arms-1977-04-su-sy-delivered-mig-21',
    date: '1977-04',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'MiG-21',
        category: 'aircraft',
      },
    ],
    sources: [
      {
        source: 'cia-weekly-1977-04-ussr-syria-asad-visit',
        locator:
          "item 'USSR-Syria', paragraph 2 ('several MIG-21 jet fighters' delivered on the eve of Asad's visit under existing agreements)",
      },
    ],
    confidence: 'reported',
    note: "'Several' aircraft, number not given; the first major delivery of 1977 and the first aircraft in ten months, under existing agreements.",
  },
  {
    id: 'arms-1981-09-su-sy-refused',
    date: '1981-09',
    supplier: 'SU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'arms (unspecified)',
        category: 'other',
      },
    ],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted paragraph on 1981–82 arms requests',
      },
      {
        source: 'wapo-1981-09-18-tlas-talks-moscow',
        locator:
          "paragraphs 1 and 6–7 (the request only: 'additional modern Soviet military equipment'; Damascus 'needs more sophisticated weapons')",
      },
    ],
    confidence: 'reported',
    note: "Request by Defence Minister Mustafa Tlass in Moscow, confirmed by The Washington Post of 18 September 1981, which reports Western diplomats' guess that he wanted more MiG-25s, T-72s and an improved MiG-23. The refusal ('returned empty-handed') rests on the article alone: the Post, written during the visit, says nothing of the outcome.",
  },
  {
    id: 'arms-1982-01-su-sy-refused',
    date: '1982-01',
    supplier: 'SU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'additional military aid (unspecified)',
        category: 'other',
      },
    ],
    sources: [
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: 'unfootnoted paragraph on 1981–82 arms requests',
      },
      {
        source: 'khaddam-net-syria-minister-meets-kremlin-leaders',
        locator: 'paragraphs 1 and 6 (Khaddam came to seek more military aid)',
      },
      {
        source: 'khaddam-net-khaddam-ends-moscow-talks-golan',
        locator: 'paragraphs 2–4 and 6',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'status',
        value: 'requested',
        sources: [
          {
            source: 'khaddam-net-khaddam-ends-moscow-talks-golan',
            locator: 'paragraphs 2–4',
          },
          {
            source: 'khaddam-net-syria-minister-meets-kremlin-leaders',
            locator: 'paragraph 6',
          },
        ],
        note: "Contemporary reports confirm the request and a pledge to strengthen military cooperation, with Khaddam 'profoundly satisfied', but no concrete deliveries; that he 'returned empty-handed' is the article's reading.",
      },
    ],
  },
  {
    id: 'arms-1982-06-su-sy-delivered-airlift',
    date: '1982-06',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'military equipment (unspecified, ~600 tons by air)',
        category: 'other',
      },
    ],
    sources: [
      {
        source: 'csmonitor-1982-soviets-resupplying-mauled-syrian-forces',
        locator: 'paragraph 1',
      },
    ],
    confidence: 'reported',
    note: 'Six Soviet transport planes ferried some 600 tons in two days during the Lebanon war (report of 16 June 1982).',
  },
  {
    id: 'arms-1983-su-sy-delivered-lebanon-resupply',
    date: '1983',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'fighter aircraft (mostly MiG-23)',
        category: 'aircraft',
        quantity: 100,
      },
      {
        system: 'T-62 and T-72 tanks',
        category: 'armour',
        quantity: {
          min: 300,
          max: 400,
        },
      },
      {
        system: 'armoured personnel carriers',
        category: 'armour',
        quantity: 200,
      },
    ],
    valueUsd: 2000000000,
    priceBasis:
      "as reported by NEWSVIEW (24 April 1984) quoted in the Pastor General's Report: lost equipment 'replaced by two billion dollars worth'; current US$ of 1983-84",
    sources: [
      {
        source: 'time-1983-marriage-of-convenience',
        locator: 'paragraph 3',
      },
      {
        source: 'cog-ff-pastor-generals-report-1984-newsview',
        locator: 'NEWSVIEW quotation',
      },
      {
        source: 'csmonitor-1984-soviets-and-syria-practical-coziness',
        locator: "paragraph 2 ('unprecedentedly large-scale Soviet move to resupply and modernize')",
      },
    ],
    confidence: 'reported',
    note: "Replacement of losses from the June 1982 Lebanon war, delivered mid-1982 to May 1983 (Time, 23 May 1983: 'about 100' aircraft). SA-5 deliveries excluded (seed article). Quantities single-sourced (Time); value single-sourced (NEWSVIEW).",
  },
  {
    id: 'arms-1983-01-su-sy-agreed-sa-5',
    date: '1983-01',
    supplier: 'SU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'S-200 (SA-5 Gammon) long-range surface-to-air missiles',
        category: 'air-defence',
      },
    ],
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
        source: 'springer-karsh-post-brezhnev-interregnum',
        locator:
          "chapter preview paragraph (new arms deal as early as November 1982; Brezhnev's pledge of air-defence units during Assad's visit in late June 1982)",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'date',
        value: '1982-11',
        sources: [
          {
            source: 'springer-karsh-post-brezhnev-interregnum',
            locator: 'chapter preview paragraph',
          },
        ],
        note: "Karsh dates Andropov's large-scale arms deal to November 1982 and the commitment to send air-defence units to Brezhnev's pledge of June 1982; by January 1983 the SA-5 units were already deployed, so a January 1983 authorisation is too late. The Ustinov/Gromyko objection and Andropov's quoted reply rest on Seale alone.",
      },
    ],
  },
  {
    id: 'arms-1983-01-su-sy-delivered-sa-5',
    date: '1983-01',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'S-200 (SA-5) surface-to-air missile brigades, Soviet-manned',
        category: 'air-defence',
        quantity: 2,
      },
    ],
    sources: [
      {
        source: 'springer-karsh-post-brezhnev-interregnum',
        locator:
          'chapter preview paragraph (two Soviet-manned SAM-5 brigades deployed in the Damascus and Homs areas by January 1983)',
      },
      {
        source: 'paperspast-press-1983-01-10-rocket-concerns-us',
        locator: 'paragraphs 1–3 (two SA-5 sites under construction; fear Soviet troops would man them)',
      },
      {
        source: 'rmrb-1983-02-02-soviet-middle-east-activity',
        locator: 'paragraph 3 (SA-5s arrived in Syria, first installation outside Soviet territory)',
      },
      {
        source: 'csmonitor-1983-soviets-man-sa5',
        locator: 'paragraph 1 (Shultz: Soviet personnel manning the SA-5s)',
      },
      {
        source: 'jta-1983-shultz-weinberger-sam5-syria',
        locator: 'paragraphs 1–4 (Soviet-manned; first deployment outside the USSR)',
      },
      {
        source: 'bobruisk-andropov-politburo-1983-07-07',
        locator: "Andropov's remarks (SAM systems sent to Syria together with personnel)",
      },
      {
        source: 'cog-ff-pastor-generals-report-1984-newsview',
        locator: 'NEWSVIEW quotation (SAM-5s manned by 5,000 Soviet soldiers and technicians)',
      },
      {
        source: 'inside-arabia-damascus-moscow-2',
        locator: "fn. 11 (Ma'oz, Syria under Assad, p. 234)",
      },
      {
        source: 'maoz-1986-syria-under-assad',
        locator: "p. 234, as cited in the article's fn. 11",
      },
    ],
    confidence: 'verified',
    note: "Confirms the article's point (fn. 11) that Soviet crews manned the missiles and that this was the first SA-5 deployment outside the USSR. Personnel estimates vary widely (a 'small contingent' in the article; 5,000 soldiers plus 3,000 advisers per NEWSVIEW; 'thousands of advisers' per Weinberger).",
  },
  {
    id: 'arms-1983-10-su-sy-delivered-ss-21',
    date: '1983-10',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'SS-21 (OTR-21 Tochka) surface-to-surface missile',
        category: 'missiles',
      },
    ],
    sources: [
      {
        source: 'jta-1983-us-concerned-ss-21-syria',
        locator: 'paragraphs 1-2 (Reagan radio talk)',
      },
      {
        source: 'jta-1983-soviet-missiles-arrived-in-syria',
        locator: 'paragraph 1 (Arens)',
      },
    ],
    confidence: 'reported',
    note: 'First deployment outside the Warsaw Pact; range about 70-75 miles. Both reports are JTA (one publisher), quoting independent US and Israeli officials.',
  },
  {
    id: 'arms-1988-su-sy-refused',
    date: '1988',
    supplier: 'SU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'weapons (unspecified)',
        category: 'other',
      },
    ],
    sources: [
      {
        source: 'latimes-1989-soviets-launch-mideast-initiative-syria',
        locator: 'paragraph 8',
      },
    ],
    confidence: 'reported',
    note: "Defence Minister Tlass's purchase request in Moscow was rebuffed; the debt (~$15bn) was believed partly responsible.",
  },
  {
    id: 'arms-1989-su-sy-delivered-mig-29',
    date: '1989',
    supplier: 'SU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'MiG-29',
        category: 'aircraft',
      },
    ],
    sources: [
      {
        source: 'airdatanews-second-batch-mig-29-syria',
        locator: "paragraph 'Syria received its first batch of MiG-29 in 1989'",
      },
      {
        source: 'jta-1987-report-syria-to-get-soviet-migs',
        locator: "paragraph 1 (Maariv, July 1987: Syria 'will soon receive' MiG-29s)",
      },
    ],
    confidence: 'disputed',
    note: 'Only airdatanews dates the first delivery (1989, up to 40 aircraft in service later); the July 1987 report speaks of an expected delivery. A spun copy of a CIA text seen in search suggested earlier MiG deliveries from July 1986 but was too garbled to use.',
    conflicts: [
      {
        field: 'date',
        value: '1987',
        sources: [
          {
            source: 'israelnoticias-rusia-lote-cazas-mig29-siria',
            locator: "paragraph 4 ('Desde 1987 se han suministrado a Siria cazas MiG-29')",
          },
          {
            source: 'jta-soviet-migs-in-syria-not-immediate-danger',
            locator: "paragraphs 1–2 (MiG-29s 'Syria received last week'; Syrian pilots to train in the USSR)",
          },
        ],
        note: "Gives 1987 as the start of MiG-29 deliveries; an undated JTA report (Israeli military sources: MiG-29s 'Syria received last week', pilots to train in the USSR) fits a delivery after the July 1987 Maariv report of an imminent one.",
      },
      {
        field: 'date',
        value: '1986',
        sources: [
          {
            source: 'ckxx-1986-05-29-syria-libya-leaders-in-moscow',
            locator:
              'Reuters item of 27 May 1986 (Western analysts: the Kremlin answered a recent Syrian arms request with new MiG-29s and SAM-5B missiles)',
          },
        ],
        note: 'Western analysts quoted by Reuters in May 1986 already spoke of MiG-29s provided to Damascus; this may describe a commitment rather than a delivery.',
      },
    ],
  },
  {
    id: 'arms-1989-su-sy-agreed-su-24',
    date: '1989',
    supplier: 'SU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'Su-24',
        category: 'aircraft',
        quantity: 10,
      },
    ],
    sources: [
      {
        source: 'latimes-1989-04-12-soviets-may-sell-sukhoi-syria',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'reported',
    note: "Reported in April 1989 by the Paris-based magazine Al Osbou al Arabi ('at least 10' aircraft, Syrian pilots training in the USSR since 1988); a US State Department official said there was no proof a deal had been completed, though a sale was known to be under discussion. When the decision was taken is not known; the year is that of the first report.",
  },
  {
    id: 'arms-1991-ru-sy-refused-debt-freeze',
    date: '1991',
    supplier: 'RU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'new arms supplies (unspecified)',
        category: 'other',
      },
    ],
    sources: [
      {
        source: 'worldtribune-assad-renew-military-ties-1999',
        locator:
          "paragraphs 5–6 (military ties frozen in 1991 over Damascus's US$11 billion debt; the exception a US$270 million T-72A contract for 1992–1993)",
      },
      {
        source: 'jamestown-1999-washington-warns-moscow-arms-sale-syria',
        locator:
          'paragraph 4 (since 1991 military-technical cooperation more or less frozen; arms dealings only US$1.3 million in 1997; debt about US$12 billion)',
      },
    ],
    confidence: 'verified',
    note: "A freeze rather than a single refusal: Moscow stopped new arms business with Syria from 1991 over the unpaid Soviet-era debt, with the T-72A contract (recorded separately) as the reported exception; talks on resuming sales began with Defence Minister Sergeyev's November 1998 visit. The sources give the debt as US$11 billion and about US$12 billion.",
  },
  {
    id: 'arms-1992-ru-sy-agreed-t-72a',
    date: '1992',
    supplier: 'RU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'T-72A',
        category: 'armour',
      },
    ],
    valueUsd: 270000000,
    priceBasis:
      'as reported by World Tribune (Middle East Newsline citing Russian diplomatic sources via Tass), 1999; current US$, year of contract not stated',
    sources: [
      {
        source: 'worldtribune-assad-renew-military-ties-1999',
        locator:
          "paragraph 'The exception, they said, was a $270 million contract to deliver in 1992-1993 T-72A tanks to Syria'",
      },
    ],
    confidence: 'reported',
    note: "Described as the only exception to the post-1991 freeze of military ties over Syria's debt; the contract was for delivery in 1992–1993; signature date and actual delivery not confirmed.",
  },
  {
    id: 'arms-1994-04-27-ru-sy-agreed-military-cooperation',
    date: '1994-04-27',
    supplier: 'RU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'defensive weapons, spare parts and training',
        category: 'other',
      },
    ],
    sources: [
      {
        source: 'palestine-studies-chronology-1994-04-27',
        locator:
          'entry for 27 April 1994 (Russian Deputy PM Oleg Soskovets and Syrian DM Mustafa Tlas sign agreement on military cooperation; CSM 4/28, NYT and WP 4/29)',
      },
      {
        source: 'palestine-studies-chronology-1994-04-30',
        locator:
          'entry for 30 April 1994 (US seeks clarifications from Damascus on the recent Syrian–Russian arms agreement)',
      },
    ],
    confidence: 'reported',
    note: "Described as Russia's first military cooperation agreement with any state since 1991; it covered 'defensive weapons and spare parts' and training, and Interfax reported that Moscow had assured Israel's Prime Minister Rabin that any deal would exclude advanced technology. Syrian debt for earlier arms was put at US$10 billion; accords on trade, economic and scientific cooperation were reached at the same time. Both entries come from one chronology (which cites the Christian Science Monitor, New York Times and Washington Post); the place of signing is not given.",
  },
  {
    id: 'arms-1998-ru-sy-delivered-kornet',
    date: '1998',
    supplier: 'RU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'Kornet anti-tank guided missiles',
        category: 'missiles',
        quantity: 1000,
      },
    ],
    sources: [
      {
        source: 'jweekly-russia-syria-relations-mend-1998',
        locator:
          'paragraph 9 (according to Segodnya, an arms plant in Tula has started supplying the Syrian army with more than 1,000 Kornet anti-tank guided missiles)',
      },
    ],
    confidence: 'reported',
    note: "Reported in June 1998, citing the Russian daily Segodnya, as deliveries that had started; 'more than 1,000' is recorded as 1,000. The Russian ambassador declined to confirm new arms sales. This is probably the transfer for which the United States sanctioned Tula and two other Russian firms in March 1999 (recorded separately as arms-1999-03-ru-sy-delivered-atgm); a sum over both records would count it twice.",
  },
  {
    id: 'arms-1999-ru-sy-requested-s-300',
    date: '1999',
    supplier: 'RU',
    recipient: 'SY',
    status: 'requested',
    items: [
      {
        system: 'S-300',
        category: 'air-defence',
      },
    ],
    valueUsd: 600000000,
    priceBasis: 'estimate by Russian defence sources quoted by World Tribune, June 1999; current US$',
    sources: [
      {
        source: 'worldtribune-1999-06-17-russians-show-us-the-money',
        locator:
          "paragraphs 1–3 (S-300 the main item on Assad's list, about US$600 million; Russia would not accept a long-term repayment plan)",
      },
      {
        source: 'worldtribune-assad-first-moscow-visit-9-years-1999',
        locator:
          "paragraphs 6–7 (arms talks stuck over Assad's insistence on a long-term payment schedule; Russia insists on cash)",
      },
      {
        source: 'freeman-haaretz-1999-01-29-tlass-delegation-moscow',
        locator:
          'paragraph 1 (Interfax: talks on US$2 billion of equipment including modern fighters and S-300 air defence systems)',
      },
      {
        source: 'worldtribune-1999-06-11-syria-russia-haggle-2bn',
        locator:
          'paragraphs 5–7 (diplomats: Assad agreed to buy the S-300 but the two sides failed to agree a debt repayment schedule; Russia wanted short repayment, Syria at least a decade)',
      },
    ],
    confidence: 'verified',
    note: "Moscow did not refuse the system itself but refused to sell on credit while the Soviet-era debt was unsettled; no S-300 contract followed in 1999. The US$600 million figure is the World Tribune's alone; Ha'aretz (citing Interfax) confirms that S-300s were on the agenda of the February 1999 talks.",
  },
  {
    id: 'arms-1999-03-ru-sy-delivered-atgm',
    date: '1999-03',
    supplier: 'RU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'anti-tank guided missiles',
        category: 'missiles',
      },
    ],
    valueUsd: 200000000,
    priceBasis: 'as reported by Arms Control Today (estimate), March 1999; current US$',
    sources: [
      {
        source: 'armscontrol-us-sanctions-russian-companies-syria-1999',
        locator: "paragraph 1 (29 March decision; 'an estimated $200 million in guided anti-tank missiles')",
      },
      {
        source: 'globalsecurity-state-dept-briefing-1999-04-02',
        locator:
          "Rubin answer ('Russia has transferred lethal military equipment, specifically anti-tank guided missiles, to Syria')",
      },
      {
        source: 'worldtribune-assad-first-moscow-visit-9-years-1999',
        locator:
          'final paragraph (sanctions on Tula Design Bureau, Volsk Mechanical Plant, Central Research Institute)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'status',
        value: 'agreed',
        sources: [
          {
            source: 'ap-archive-assad-arrives-moscow-1999',
            locator:
              "AP Archive text (5 Jul 1999): sanctions on three Russian companies; 'The contract apparently never went through'",
          },
        ],
        note: "AP says the US threatened to cancel $50m of aid 'if the deal was completed' and that the contract 'apparently never went through', because Assad cancelled his planned spring 1999 trip when Moscow would not promise to finalise delivery. The US State Department (Rubin, 2 April 1999) and Arms Control Today say ATGMs had been transferred.",
      },
    ],
    note: "Date is that of the US determination (29 March 1999) that the transfer had taken place; the transfer date itself is not given. The systems are not named in these sources; in 2006 Israeli troops found Kornet casings marked 'Customer: Ministry of Defence of Syria. Supplier: KBP, Tula' in Lebanon (see 2006 event). A World Tribune/AP report of July 1999 says the contract 'apparently never went through' — this conflicts with the US determination.",
    continues: 'arms-1998-ru-sy-delivered-kornet',
  },
  {
    id: 'arms-1999-07-sy-ru-requested-su-27-t-80',
    date: '1999-07',
    supplier: 'RU',
    recipient: 'SY',
    status: 'requested',
    items: [
      {
        system: 'Su-27',
        category: 'aircraft',
      },
      {
        system: 'T-80',
        category: 'armour',
      },
      {
        system: 'anti-tank and anti-aircraft weapons',
        category: 'other',
      },
    ],
    sources: [
      {
        source: 'worldtribune-yeltsin-assad-meet-1999',
        locator:
          "paragraph 'Syria has expressed interest in purchasing Russia's SU-27 jet fighters, T-80 tanks and anti-tank and anti-aircraft weapons'",
      },
      {
        source: 'ap-archive-assad-arrives-moscow-1999',
        locator:
          'AP text (Interfax: possible purchase of Su-27 fighters, T-80 tanks, anti-tank and anti-aircraft weapons)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'status',
        value: 'agreed',
        sources: [
          {
            source: 'worldtribune-assad-renew-military-ties-1999',
            locator:
              "paragraph 'Last year ... Sergeyev reached an accord with the Syrians to supply ... Su-27 planes, T-80 tanks and air defense systems based on S-300 ... estimated at $2 billion'",
          },
        ],
        note: 'Tass-quoted diplomatic sources (April 1999) claimed a 1998 accord worth about $2bn (also MiG-21/23/29 upgrades); by July 1999 the same outlet and AP describe only Syrian interest, and no deal was announced after the July visit.',
      },
    ],
  },
  {
    id: 'arms-2005-ru-sy-agreed-strelets',
    date: '2005',
    supplier: 'RU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'Strelets (vehicle-mounted Igla-S launcher)',
        category: 'air-defence',
      },
    ],
    sources: [
      {
        source: 'gazeta-strelets-syria-2005',
        locator: 'paragraph 1 (16 Feb 2005: Defence Ministry official confirms Strelets for Damascus)',
      },
      {
        source: 'vedomosti-opasny-pokupatel-2005',
        locator: "paragraphs 1–3 (MoD: sale of Strelets 'being discussed'; no Igla MANPADS)",
      },
      {
        source: 'pravda-strelets-to-be-sold-to-syria-2005',
        locator: "paragraphs 1–3 (Sergei Ivanov: 'We will supply the Strelets to Syria')",
      },
      {
        source: 'spacewar-putin-seeks-appease-israel-2005',
        locator: 'paragraphs 1–3 (Putin, 28 April 2005)',
      },
      {
        source: 'rusk-nvo-tunguska-strelets-2006',
        locator: 'paragraph 2 (Interfax-AVN source, Feb 2006: Strelets contract being implemented)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'status',
        value: 'requested',
        sources: [
          {
            source: 'aviaport-strelets-contract-not-signed-2007',
            locator:
              "paragraphs 1–4 (Chemezov, Bangalore, 23 Jan 2007: contract not yet signed; Syria wants Igla, 'we do not give them')",
          },
        ],
        note: "Russian leaders announced the sale in 2005 and an industry source said in 2006 it was being implemented, but Rosoboronexport's head said in January 2007 no contract had been signed.",
      },
    ],
    note: 'Putin said the missiles could not be shoulder-fired and that Russian military could inspect them at storage sites.',
  },
  {
    id: 'arms-2005-ru-sy-refused-iskander-e',
    date: '2005',
    supplier: 'RU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'Iskander-E',
        category: 'missiles',
      },
    ],
    sources: [
      {
        source: 'questia-israeli-protests-fail-block-arms-2005',
        locator: 'paragraph 4 (Putin told Katsav he had vetoed a contract to sell Iskander missiles to Damascus)',
      },
      {
        source: 'pravda-strelets-to-be-sold-to-syria-2005',
        locator: "final paragraph (Moscow decided against exporting 'serious enough missile weapons' to Syria)",
      },
      {
        source: 'jpost-russia-halts-mig31-sale-2009',
        locator: 'paragraph 1 (Kommersant source: 2005 Iskander-E deal annulled after Israeli pressure)',
      },
      {
        source: 'wp-pl-sharon-putin-iskander',
        locator: 'paragraphs 3–4 (Kommersant on Iskander-E plans; Defence Minister Ivanov denied talks)',
      },
    ],
    confidence: 'verified',
    note: "Sources differ on whether a contract was ever signed: a Kommersant source (2009) says a 2005 contract was 'officially cancelled'; Sergei Ivanov denied any talks. All agree no Iskander was supplied.",
  },
  {
    id: 'arms-2007-ru-sy-agreed-bastion-p',
    date: '2007',
    supplier: 'RU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'Bastion-P coastal defence system',
        category: 'missiles',
        quantity: 2,
      },
      {
        system: 'P-800 Yakhont (SS-N-26) anti-ship missile',
        category: 'missiles',
        quantity: 72,
      },
    ],
    valueUsd: 300000000,
    priceBasis:
      "as reported by RT/Interfax ('unofficial estimates') and AFP ('at least $300 million'), December 2011; current US$",
    sources: [
      {
        source: 'rt-done-deal-cruise-missiles-syria-2011',
        locator: 'paragraphs 1–5 (contract signed 2007; at least two Bastion with 36 Yakhont each; ~$300m)',
      },
      {
        source: 'country1news-hurriyet-yakhont-2010',
        locator: "paragraphs 1–3 (Serdyukov, Washington, Sept 2010: 'we will fulfill the contract', signed 2007)",
      },
      {
        source: 'upi-russia-confirms-syria-missile-deal-2011',
        locator: "paragraphs 1–3 (Serdyukov, Vladivostok, 26 Feb 2011: 'The contract is in progress')",
      },
      {
        source: 'cnn-sipri-syria-weapons-increase-2012',
        locator: 'SIPRI quotation (2 Bastion-P)',
      },
      {
        source: 'defencepk-afp-russia-delivers-yakhont-2011',
        locator:
          "AFP text (contract 'reportedly worth at least $300 million' signed 2007; 'Reports said Russia intended to deliver 72 of the missiles')",
      },
    ],
    confidence: 'verified',
    note: "Delivery was reported by Interfax in December 2011 (a record of its own); quantity 72 missiles is 'reports said' (AFP) / 36 per system (RT). US and Israeli objections in 2010–11.",
  },
  {
    id: 'arms-2007-ru-sy-agreed-mig-29m-m2',
    date: '2007',
    supplier: 'RU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'MiG-29M/M2',
        category: 'aircraft',
        quantity: 12,
      },
    ],
    sources: [
      {
        source: 'elaph-russia-admits-mig31-contract-2009',
        locator: 'paragraph 1 (Fyodorov: contract signed two years earlier, being implemented)',
      },
      {
        source: 'jpost-russia-confirms-mig-jet-sale-2009',
        locator: 'paragraphs 1 and 4 (MiG-29M contract being implemented; DIA: MiG-29M/M2 contracts)',
      },
      {
        source: 'rbc-kommersant-syria-contracts-delayed-2013',
        locator: 'paragraphs 2–4 (2007 contract for 12 MiG-29M/M2)',
      },
      {
        source: 'reuters-cast-russia-arms-syria-2012',
        locator: 'paragraph on 12 MiG-29 fighters',
      },
      {
        source: 'cnn-sipri-syria-weapons-increase-2012',
        locator: 'SIPRI quotation (planned delivery of 24 MiG-29M2)',
      },
      {
        source: 'dailycaller-ap-syria-arms-surge-2012',
        locator: 'paragraph on outstanding orders for 25 MiG-29',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'items[0].quantity',
        value: 24,
        sources: [
          {
            source: 'cnn-sipri-syria-weapons-increase-2012',
            locator: 'SIPRI quotation',
          },
        ],
        note: 'SIPRI (March 2012) gives 24 MiG-29M2.',
      },
      {
        field: 'items[0].quantity',
        value: 25,
        sources: [
          {
            source: 'dailycaller-ap-syria-arms-surge-2012',
            locator: 'Wezeman quotation',
          },
        ],
        note: 'SIPRI researcher Wezeman (AP) gives 25 MiG-29.',
      },
    ],
    note: 'No aircraft delivered before 2011; Kommersant (2013) reports delays over French navigation technology and Syrian payments.',
  },
  {
    id: 'arms-2007-ru-sy-agreed-mig-31e',
    date: '2007',
    supplier: 'RU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'MiG-31E',
        category: 'aircraft',
        quantity: 8,
      },
    ],
    valueUsd: {
      min: 400000000,
      max: 500000000,
    },
    priceBasis: 'as reported by Kommersant (via AFP and Elaph), May 2009; current US$',
    sources: [
      {
        source: 'defencepk-afp-russia-freezes-mig31-2009',
        locator: 'AFP text (contract inked early 2007; 8 aircraft; $400–500m; work halted at Sokol plant)',
      },
      {
        source: 'elaph-russia-admits-mig31-contract-2009',
        locator:
          'paragraphs 1–3 (Fyodorov, Sept 2009: two contracts signed two years earlier, MiG-31 not yet in force)',
      },
      {
        source: 'maghress-kommersant-mig31-frozen-2009',
        locator: 'whole item (signed in Damascus early 2007; frozen)',
      },
      {
        source: 'arabianaerospace-syrian-mig-deal-2009',
        locator: 'paragraphs 1–6',
      },
      {
        source: 'jpost-russia-confirms-mig-jet-sale-2009',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'status',
        value: 'requested',
        sources: [
          {
            source: 'maghress-kommersant-mig31-frozen-2009',
            locator: 'final sentences (MiG spokesman via Interfax: no contract for MiG-31E was signed)',
          },
          {
            source: 'jpost-russia-confirms-mig-jet-sale-2009',
            locator: "paragraph 3 (Rosoboronexport in 2007: 'Russia has no plans to deliver fighter jets to Syria')",
          },
        ],
        note: 'Russian arms-export officials denied the contract, while UAC head Fyodorov confirmed it in September 2009.',
      },
    ],
    note: "Kommersant (20 May 2009) reported the contract frozen, citing either Israeli pressure or Syria's inability to pay; never entered into force.",
  },
  {
    id: 'arms-2007-ru-sy-agreed-pantsir-s1',
    date: '2007',
    supplier: 'RU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'Pantsir-S1(E)',
        category: 'air-defence',
        quantity: 36,
      },
    ],
    valueUsd: 730000000,
    priceBasis:
      "as reported by Jane's Defence Weekly (via AFP, 2007) and Izvestia; current US$; Jane's figure was for about 50 systems",
    sources: [
      {
        source: 'defencetalk-janes-pantsyr-syria-iran-2007',
        locator: 'paragraphs 1–3 (some 50 systems for ~$730m, 10 for Iran)',
      },
      {
        source: 'dailyalert-syrian-military-delegation-moscow-2008',
        locator: 'whole item (Syria bought 36 Pantsir S1E)',
      },
      {
        source: 'cnn-sipri-syria-weapons-increase-2012',
        locator: 'SIPRI quotation (estimated 36 Pantsir-S1 among 2007–11 supplies)',
      },
      {
        source: 'stalkerzone-izvestia-pantsir-syria',
        locator: 'final paragraph (contract signed 2008; 36–50 systems; about $730m)',
      },
      {
        source: 'jpost-report-russia-sells-syria-anti-aircraft',
        locator: 'whole item (first batch; 50 sets for ~$900m, other sources 34–36)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'date',
        value: '2008',
        sources: [
          {
            source: 'stalkerzone-izvestia-pantsir-syria',
            locator: 'final paragraph',
          },
        ],
        note: "Izvestia dates the contract to 2008; Jane's reported the deal already in 2007.",
      },
      {
        field: 'items[0].quantity',
        value: 50,
        sources: [
          {
            source: 'defencetalk-janes-pantsyr-syria-iran-2007',
            locator: 'paragraph 1',
          },
          {
            source: 'jpost-report-russia-sells-syria-anti-aircraft',
            locator: 'whole item',
          },
        ],
        note: "50 may include about 10 systems destined for Iran (Jane's).",
      },
      {
        field: 'valueUsd',
        value: 900000000,
        sources: [
          {
            source: 'jpost-report-russia-sells-syria-anti-aircraft',
            locator: 'whole item (Nezavisimaya Gazeta / TASS)',
          },
        ],
        note: 'Different estimates of a contract whose terms were never published.',
      },
    ],
    note: 'SIPRI counts an estimated 36 delivered in 2007–11; an Israeli report (2008) says Russia had missed delivery schedules.',
  },
  {
    id: 'arms-2008-08-ru-sy-refused-iskander',
    date: '2008-08',
    supplier: 'RU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'Iskander (SS-26) tactical missile system',
        category: 'missiles',
      },
    ],
    sources: [
      {
        source: 'jpost-russia-wont-place-missiles-in-syria-2008',
        locator:
          "paragraphs 1–2 (acting ambassador Anatoly Yurkov: no intention of placing Iskanders in Syria, 'Why would we do that?')",
      },
      {
        source: 'cedarsrevolution-ynet-syria-denies-iskander-2008',
        locator:
          'Lavrov quotation and paragraphs 1–2 (Russia ready to supply only defensive weapons that do not upset the regional balance; Syrian source says Iskander not discussed)',
      },
    ],
    confidence: 'verified',
    note: "Answer to Assad's Kommersant remark of 20 August 2008 that Syria could consider hosting Iskanders (event-2008-08-20-assad-ready-to-host-iskander), made during his visit to Russia. Russia's acting ambassador in Israel spoke of not placing Iskanders in Syria, Lavrov of selling Syria only defensive weapons that did not upset the regional balance. A 2005 Iskander-E sale had already been stopped (arms-2005-ru-sy-refused-iskander-e).",
  },
  {
    id: 'arms-2009-05-ru-sy-refused-mig-31e',
    date: '2009-05',
    supplier: 'RU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'MiG-31E',
        category: 'aircraft',
        quantity: 8,
      },
    ],
    valueUsd: {
      min: 400000000,
      max: 500000000,
    },
    priceBasis: 'contract value as reported by Kommersant (via AFP), 20 May 2009; current US$',
    continues: 'arms-2007-ru-sy-agreed-mig-31e',
    sources: [
      {
        source: 'spacewar-afp-russia-freezes-fighter-jets-syria-2009',
        locator:
          'paragraphs 1–7 (Kommersant, Wednesday 20 May 2009: supplies suspended, work at Sokol halted the previous month)',
      },
      {
        source: 'menewsline-russia-blocks-mig31-deal-2009',
        locator: 'paragraphs 1–3 (Kremlin decided not to sell; Israeli and US pressure and a repayment disagreement)',
      },
      {
        source: 'pravda-russia-confirms-mig31-syria-2009',
        locator: 'paragraphs 2–6 (Sokol board confirmed the failure of the contract at the end of April)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'status',
        value: 'agreed',
        sources: [
          {
            source: 'arabianaerospace-syrian-mig-deal-2009',
            locator:
              'paragraphs 7–8 (official Syrian statement, via Reuters, denying Moscow no longer wanted to sell the MiG-31s)',
          },
        ],
        note: 'Damascus denied the freeze, and Rosoboronexport called the report rumours; in September 2009 the head of the United Aircraft Corporation said the 2007 contract had never entered into force but talks continued.',
      },
    ],
    note: "Sources differ on the reason: a source close to Rosoboronexport blamed Israeli pressure, a government official Syria's inability to pay.",
  },
  {
    id: 'arms-2010-ru-sy-agreed-s-300',
    date: '2010',
    supplier: 'RU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'S-300PMU-2 surface-to-air missile system (battalions)',
        category: 'air-defence',
        quantity: 4,
      },
    ],
    valueUsd: 900000000,
    priceBasis: "as reported by 'foreign media' via Interfax-AVN (November 2014); current US$",
    sources: [
      {
        source: 'vpk-interfax-s300-favorit-2018',
        locator:
          "Interfax-AVN, 23 April 2018 (contract for four S-300PMU-2 battalions signed in 2010, later annulled at Israel's request; ~$400m advance returned)",
      },
      {
        source: 'blitz-kommersant-s300-2018',
        locator: 'final paragraph (2010 contract for four S-300PMU-2 battalions, interrupted by the 2011 war)',
      },
      {
        source: 'news2-interfax-avn-s300-2014',
        locator:
          'whole item (contract exists, hardware built and partly delivered; four battalions for $900m per foreign media)',
      },
      {
        source: '7or-kommersant-s300-ne-postavleny-2013',
        locator: 'item of 31.05.2013 (Kommersant: contract signed in 2010)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'date',
        value: '2011',
        sources: [
          {
            source: 'alahed-s300-mid-2014',
            locator: 'paragraph 3 (Vedomosti: Syria ordered four S-300 systems in 2011)',
          },
          {
            source: 'atlasinfo-s300-fabriques-pas-livres',
            locator: "paragraph 2 ('conclu en 2011')",
          },
        ],
        note: 'Vedomosti dates the contract to 2011; Kommersant and Interfax-AVN to 2010.',
      },
      {
        field: 'valueUsd',
        value: 1000000000,
        sources: [
          {
            source: 'alahed-s300-mid-2014',
            locator: 'paragraph 3 ($1 billion; deposit of several hundred million)',
          },
          {
            source: 'atlasinfo-s300-fabriques-pas-livres',
            locator: "paragraph 2 ('pour un milliard de dollars')",
          },
          {
            source: 'inn-syria-paid-1-billion-s300-2018',
            locator: 'paragraphs 1–3 (Kan: Syria paid $1 billion into Russian banks years ago)',
          },
        ],
        note: "Vedomosti and Israel's Kan give $1 billion.",
      },
      {
        field: 'valueUsd',
        value: 105000000,
        sources: [
          {
            source: 'alert5-2012-syria-s300-suspended',
            locator: 'paragraph 1 (NPO Almaz annual report: $105 million contract)',
          },
        ],
        note: 'Perhaps only the Almaz share of the contract; the source does not say.',
      },
      {
        field: 'items[0].quantity',
        value: 6,
        sources: [
          {
            source: '7or-kommersant-s300-ne-postavleny-2013',
            locator: 'paragraph 2 (Kommersant: six complexes, delivery planned for Q2 2014)',
          },
        ],
        note: 'Kommersant in 2013 spoke of six complexes; other reports say four battalions.',
      },
    ],
    note: 'Status of this contract: suspended in 2013 (see arms-2013-06-04-ru-sy-refused-s-300). Interfax-AVN (2018) says it was later annulled and the ~$400m advance returned; Kan (2018) says the money stayed frozen in Russian banks.',
  },
  {
    id: 'arms-2010-ru-sy-delivered-buk-m2e',
    date: '2010',
    supplier: 'RU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'Buk-M2E',
        category: 'air-defence',
        quantity: 2,
      },
    ],
    sources: [
      {
        source: 'reuters-cast-russia-arms-syria-2012',
        locator: "paragraph 'Buk-M2E, which Moscow began delivering in 2010'",
      },
      {
        source: 'cnn-sipri-syria-weapons-increase-2012',
        locator: 'SIPRI quotation (estimated 2 Buk-M2E in 2007–11)',
      },
      {
        source: 'jpost-russia-fuels-syrian-arms-increase-2012',
        locator: 'paragraph 2 (deliveries continued in 2011)',
      },
    ],
    confidence: 'reported',
    note: "Start of deliveries in 2010 rests on CAST (via Reuters); the quantity 2 is SIPRI's estimate for 2007–11. Contract date not found.",
  },
  {
    id: 'arms-2010-05-14-ru-sy-agreed-mig-29-pantsir-armour',
    date: '2010-05-14',
    supplier: 'RU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'MiG-29 fighter',
        category: 'aircraft',
      },
      {
        system: 'Pantsir short-range air-defence system',
        category: 'air-defence',
      },
      {
        system: 'armoured vehicles',
        category: 'armour',
      },
      {
        system: 'anti-aircraft artillery and anti-tank weapons (types not given)',
        category: 'other',
      },
    ],
    continues: 'arms-2007-ru-sy-agreed-mig-29m-m2',
    sources: [
      {
        source: 'arabnews-russia-sell-warplanes-air-defense-syria-2010',
        locator:
          "paragraphs 1–4 (Dmitriyev: MiG-29s, Pantsir, AA artillery, anti-tank weapons; Israeli official questions Syria's ability to pay)",
      },
      {
        source: 'defaiya-mig-29-to-syria-2010',
        locator: 'paragraphs 1–3 (ITAR-Tass: supplies under existing contracts)',
      },
      {
        source: 'blitzquotidiano-russia-vende-armamenti-siria-2010',
        locator: 'paragraphs 1–2 (Interfax, 14 May 2010)',
      },
    ],
    confidence: 'verified',
    note: "Official announcement by Mikhail Dmitriyev, head of the Federal Service for Military-Technical Cooperation, days after Medvedev's visit to Damascus (10–11 May 2010), that Russia was supplying these systems under existing contracts. No quantities or values were given; the MiG-29 and Pantsir lines are the deals recorded as arms-2007-ru-sy-agreed-mig-29m-m2 and arms-2007-ru-sy-agreed-pantsir-s1.",
  },
  {
    id: 'arms-2011-12-ru-sy-agreed-yak-130',
    date: '2011-12',
    supplier: 'RU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'Yak-130 combat trainer',
        category: 'aircraft',
        quantity: 36,
      },
    ],
    valueUsd: 550000000,
    priceBasis:
      'contract value as reported by Kommersant on 23 January 2012, citing a source close to Rosoboronexport; current US$ of 2011',
    sources: [
      {
        source: 'defenceweb-2012-syria-buying-yak-130',
        locator:
          'paragraphs 1–2 (36 aircraft, US$550m, signed late December); text: 36 Yak-130 for US$550 million, signed in late December, per Kommersant',
      },
      {
        source: 'jpost-russia-sells-combat-aircraft-2012',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'ansa-russia-siria-yak-130-2012',
        locator: 'ANSA, Moscow, 23 Jan',
      },
      {
        source: 'jetjournal-syrien-kauft-jak-130',
        locator: 'whole item',
      },
      {
        source: 'freebeacon-russia-36-jets-syria-2014',
        locator: 'Defense News quotation (first 9 by end of year, 12 in 2015, 15 in 2016; ~US$100m advance paid)',
      },
      {
        source: 'zeit-dpa-zwoelf-mig-2015',
        locator: 'last sentence (Kommersant, Sept 2015: 36 Yak-130 now ready for handover)',
      },
      {
        source: 'worldtribune-2012-syria-buys-yak-130',
        locator: 'text: 36 aircraft, a $550 million contract signed in late December',
      },
      {
        source: 'theflyingmen-2014-yak-130-syria',
        locator:
          'text: contract of December 2011; US$100 million advance paid in June 2013; deliveries planned 9 in 2014, 12 in 2015, 15 in 2016 (Kommersant, 5 May 2014)',
      },
    ],
    confidence: 'verified',
    note: "Kommersant's sources put the price at about US$15.3m an aircraft. In 2014 Kommersant reported a delivery schedule of 9 (2014), 12 (2015) and 15 (2016) and a US$100m advance; in September 2015 it said the aircraft were ready for handover. No source read confirms that any were delivered. Delivery waited for an advance payment; no source read confirms that any aircraft were delivered.",
  },
  {
    id: 'arms-2011-12-ru-sy-delivered-bastion-yakhont',
    date: '2011-12',
    supplier: 'RU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'Bastion mobile coastal defence system',
        category: 'missiles',
      },
      {
        system: 'P-800 Yakhont (SS-N-26) supersonic anti-ship cruise missile',
        category: 'missiles',
      },
    ],
    valueUsd: 300000000,
    priceBasis:
      "contract value as reported by RT ('unofficial estimates') and AFP ('reportedly worth at least $300 million'), citing Interfax, December 2011; current US$ of 2007 (contract year)",
    sources: [
      {
        source: 'worldtribune-russia-delivers-cruise-missiles-2011',
        locator: 'paragraphs 1–5 (Interfax: first Yakhont delivered as part of Bastion; 72 ordered; ~$300m)',
      },
      {
        source: 'rt-done-deal-cruise-missiles-syria-2011',
        locator:
          'paragraphs 1–5 (Bastion with Yakhont supplied; training still needed; two systems with 36 missiles each expected)',
      },
      {
        source: 'defencepk-afp-russia-delivers-yakhont-2011',
        locator: 'AFP text (delivered, date not disclosed; 72 missiles in all)',
      },
    ],
    confidence: 'verified',
    note: 'Delivery was reported by Interfax in early December 2011 (the WorldTribune item mentions a 1 December statement); no source gives the shipment date or how many missiles had arrived. The 2007 contract is recorded as arms-2007-ru-sy-agreed-bastion-p. WorldTribune also says Russia supplied Iskander-E in November 2011; that claim is not recorded, because no second source was found.',
  },
  {
    id: 'arms-2012-01-11-ru-sy-delivered-chariot-ammunition',
    date: '2012-01-11',
    supplier: 'RU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system:
          'small-arms ammunition (four containers, about 35–60 tonnes, shipped by Rosoboronexport per media reports)',
        category: 'other',
      },
    ],
    sources: [
      {
        source: 'reuters-russian-operated-ship-bullets-reaches-syria-2012',
        locator:
          'paragraphs 1–4 and 7–11 (Westberg source: reached Syria on 11 January; Turkish navy saw it docked at Tartus; Rosoboronexport neither confirms nor denies)',
      },
      {
        source: 'financialmirror-russian-arms-ship-syria-2012',
        locator: 'paragraphs 1–4 (Cypriot inspectors found four containers, an estimated 60 tonnes of mostly bullets)',
      },
      {
        source: 'sputnik-syrian-ambassador-denies-chariot-2012',
        locator:
          'paragraphs 1–4 (35–60 tonnes per Cypriot media; documents named Rosoboronexport as sender; ambassador Haddad had heard nothing of it)',
      },
    ],
    confidence: 'disputed',
    note: 'The MV Chariot left St Petersburg on 9 December 2011, was stopped at Limassol on 10 January after pledging not to go to Syria, then docked at Tartus. Russia never officially confirmed the cargo.',
    conflicts: [
      {
        field: 'date',
        value: '2012-01-12',
        sources: [
          {
            source: 'reuters-russian-operated-ship-bullets-reaches-syria-2012',
            locator: "paragraph 3 ('reached Syria on Thursday')",
          },
        ],
        note: "One source gives 11 January; Reuters' own account, the Turkish foreign ministry and Hürriyet give Thursday 12 January.",
      },
    ],
  },
  {
    id: 'arms-2012-06-ru-sy-refused-mi-25-repair',
    date: '2012-06',
    supplier: 'RU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'Mi-25 attack helicopters (Syrian-owned, overhauled in Russia)',
        category: 'aircraft',
        quantity: 3,
      },
      {
        system: 'air-defence systems (Pechora-2M missiles per Vedomosti)',
        category: 'air-defence',
      },
    ],
    sources: [
      {
        source: 'rferl-russia-confirms-ship-helicopters-2012',
        locator: 'paragraphs 1–6 (Alaed turned back 19 June; Lavrov: three repaired helicopters, 2008 repair contract)',
      },
      {
        source: 'asdnews-russia-admits-repair-choppers-2012',
        locator: 'paragraphs 1–4 (Alaed sailed 11 June with Mi-25s, property of the Syrian side)',
      },
      {
        source: 'abc-helicopters-unloaded-2012',
        locator: 'paragraphs 1–4 (offloaded at Baltiysk; Russia to freeze arms deliveries)',
      },
      {
        source: 'alwatannews-vedomosti-alaed-2012',
        locator: 'whole item (three Mi-25 and Pechora-2M; helicopters returned to the repair plant)',
      },
      {
        source: 'ennahar-mi25-contract-2009',
        locator: 'whole item (Dzirkaln: repaired under a contract signed in 2009; to be sent by sea)',
      },
    ],
    confidence: 'verified',
    note: "'refused' is the nearest allowed status: the return of three overhauled Syrian helicopters failed after the British insurer withdrew cover from MV Alaed off Scotland (19 June 2012). By July the helicopters had been unloaded at Baltiysk to await 'other decisions', and Russia said it would freeze new deliveries while the conflict escalated. Lavrov dated the repair contract to 2008; FSVTS deputy head Dzirkaln (Ennahar/Interfax) dated it to 2009.",
  },
  {
    id: 'arms-2012-07-09-ru-sy-refused-yak-130',
    date: '2012-07-09',
    supplier: 'RU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'Yak-130 combat trainer',
        category: 'aircraft',
        quantity: 36,
      },
    ],
    valueUsd: 550000000,
    priceBasis: 'value of the December 2011 contract as given by RIA Novosti and UPI, July 2012; current US$',
    continues: 'arms-2011-12-ru-sy-agreed-yak-130',
    sources: [
      {
        source: 'reuters-russia-suspend-new-arms-syria-2012',
        locator:
          'paragraphs 1–4 (Dzirkaln at Farnborough, via Interfax: no new deliveries while the situation is unstable; up to $4bn of contracts at stake)',
      },
      {
        source: 'upi-russia-halts-military-sales-syria-2012',
        locator: 'paragraphs 1 and 5–6 (Yak-130 contract of $550m held back)',
      },
      {
        source: 'thenational-russia-halts-arms-sales-syria-2012',
        locator: "paragraphs 1–5 ('talking about deliveries of planes to Syria is premature')",
      },
    ],
    confidence: 'verified',
    note: 'Vyacheslav Dzirkaln, deputy head of the Federal Service for Military-Technical Cooperation, announced on 9 July 2012 that no new arms, including the Yak-130s, would go to Syria while it was unstable; his agency would not confirm the remarks to Reuters. Existing contracts for spare parts and repairs were not covered.',
  },
  {
    id: 'arms-2013-ru-sy-delivered-yakhont-advanced-radar',
    date: '2013',
    supplier: 'RU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'P-800 Yakhont anti-ship cruise missile (version with advanced radar)',
        category: 'missiles',
      },
    ],
    continues: 'arms-2007-ru-sy-agreed-bastion-p',
    sources: [
      {
        source: 'himalayanvoice-nyt-russia-sends-advanced-missiles-2013',
        locator: 'paragraphs 1–3 (US officials, Thursday: recently delivered Yakhonts fitted with an advanced radar)',
      },
      {
        source: 'upi-russia-sends-missiles-warships-2013',
        locator: 'paragraphs 1–3 and 6 (Lavrov: supplies under signed contracts; NYT: new version of earlier Yakhonts)',
      },
      {
        source: 'thehindu-moscow-confirms-weapons-supply-2013',
        locator: 'paragraphs 2–6 (Lavrov, 17 May; shipment adds to the two Bastion batteries supplied in 2011)',
      },
    ],
    confidence: 'verified',
    note: "Disclosed by US officials to the New York Times on 16 May 2013 as delivered 'recently'; no source gives the shipment date or number of missiles. Lavrov did not confirm details but said Russia supplied weapons under signed contracts.",
  },
  {
    id: 'arms-2013-05-31-ru-sy-agreed-mig-29m-m2',
    date: '2013-05-31',
    supplier: 'RU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'MiG-29M/M2',
        category: 'aircraft',
        quantity: 12,
      },
    ],
    sources: [
      {
        source: 'alalam-russia-set-sell-mig-2013',
        locator: "Fri May 31, 2013 (Korotkov: Syrian delegation in Moscow; 'more than 10')",
      },
      {
        source: 'tass-mig29-old-contract-2013',
        locator: 'Itar-Tass, May 31 (at least ten under the old contract; details being negotiated in Moscow)',
      },
      {
        source: 'moraisvinna-mig29-adiada-2014',
        locator:
          'whole item (Kommersant, Feb 2014: 12 MiG-29M/M2 under the 2007 contract; delivery postponed to 2016–2017)',
      },
      {
        source: 'zeit-dpa-zwoelf-mig-2015',
        locator: 'paragraph 1 (Kommersant, Sept 2015: 12 by 2017, nine in 2016, three in 2017)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'date',
        value: '2007',
        sources: [
          {
            source: 'tass-mig29-old-contract-2013',
            locator: "paragraphs 1–3 ('This contract was concluded long ago'; no new deals)",
          },
          {
            source: 'moraisvinna-mig29-adiada-2014',
            locator: "paragraph 2 ('Este é um contrato de 2007')",
          },
        ],
        note: "MiG's Korotkov spoke of a new contract being signed; a defence-industry source (Itar-Tass) and Kommersant said it was the old 2007 contract (see arms-2007-ru-sy-agreed-mig-29m-m2).",
      },
    ],
    note: "Korotkov and Itar-Tass gave 'at least ten'; Kommersant later gave twelve. No source read confirms delivery of the MiG-29M/M2.",
    continues: 'arms-2007-ru-sy-agreed-mig-29m-m2',
  },
  {
    id: 'arms-2013-06-04-ru-sy-refused-s-300',
    date: '2013-06-04',
    supplier: 'RU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'S-300 surface-to-air missile system',
        category: 'air-defence',
      },
    ],
    sources: [
      {
        source: 'alriyadh-putin-s300-not-delivered-2013',
        locator:
          "paragraph 1 (Putin, Tuesday, after the Russia–EU summit: contract signed years ago, not yet implemented; 'we do not want to upset the balance')",
      },
      {
        source: 'hudaelsrari-ap-putin-s300-2013',
        locator: "AP text (Russia hasn't yet fulfilled it)",
      },
      {
        source: 'atlasinfo-s300-fabriques-pas-livres',
        locator: "paragraph 3 ('Le 4 juin dernier, le président russe Vladimir Poutine avait affirmé …')",
      },
      {
        source: 'alahed-s300-mid-2014',
        locator: 'paragraphs 1–5 (Vedomosti: delivery postponed to mid-2014)',
      },
      {
        source: 'gfaclaims-putin-asad-s300-2018',
        locator: "final paragraph (Shoigu, Sept 2018: deliveries suspended in 2013 at Israel's request)",
      },
      {
        source: 'spacewar-2013-russia-suspends-s300',
        locator:
          "AFP, 4 Sept 2013: Putin: 'We have delivered separate components but the whole delivery has not been completed and for the moment we have suspended it'",
      },
      {
        source: 'alert5-2012-syria-s300-suspended',
        locator: 'an NPO Almaz annual report: a US$105 million contract, deliveries suspended (June 2012)',
      },
      {
        source: 'inn-2013-putin-syria-no-s300',
        locator: "Putin in June 2013: the contract 'has not yet been realized'",
      },
      {
        source: 'vijesti-2013-delayed-s300',
        locator:
          'delivery postponed to 2014 despite an advance payment; a US$1 billion contract signed in 2011 (Vedomosti)',
      },
    ],
    confidence: 'verified',
    note: "Putin's 4 June 2013 statement that the S-300s had not been delivered. On 4 September 2013 he said some components had been delivered and the rest suspended; an NPO Almaz report had shown the deliveries suspended already in June 2012. Interfax-AVN (November 2014) said the hardware had been built and partly delivered. In April 2018 Kommersant reported that Russia would hand over S-300s free of charge; the delivery came in October 2018.",
  },
  {
    id: 'arms-2013-12-ru-sy-delivered-armour-drones-guided-bombs',
    date: '2013-12',
    supplier: 'RU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'armoured vehicles',
        category: 'armour',
      },
      {
        system: 'surveillance UAVs (drones)',
        category: 'other',
      },
      {
        system: 'guided aircraft bombs',
        category: 'other',
      },
      {
        system: 'radars and electronic-warfare systems',
        category: 'other',
      },
    ],
    sources: [
      {
        source: 'reuters-russia-steps-up-military-supplies-syria-2014',
        locator:
          'paragraphs 1 and 4–6 (deliveries since December by dozens of An-124 flights; Rosoboronexport declined comment)',
      },
    ],
    confidence: 'reported',
    note: 'Rests on anonymous security and arms-industry sources quoted by Reuters on 17 January 2014, who said supplies had increased since December 2013, partly sourced from Black Sea surplus stocks; Russia did not confirm. No quantities or values given.',
  },
  {
    id: 'arms-2016-ru-sy-delivered-su-24m2',
    date: '2016',
    supplier: 'RU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'Su-24M2 bomber',
        category: 'aircraft',
        quantity: 2,
      },
    ],
    sources: [
      {
        source: 'rentv-su-24m2-2016',
        locator: 'whole item (Al-Masdar: two delivered, eight more expected; MoD did not comment)',
      },
      {
        source: 'ukdj-su-24m2-2016',
        locator: 'paragraphs 1–2 (AMN: two delivered, eight more to follow)',
      },
      {
        source: 'jejaktapak-rusia-bantah-su24-2017',
        locator: 'final paragraphs (a 2016 report said Syria received two)',
      },
    ],
    confidence: 'reported',
    note: 'All reports go back to Al-Masdar News; Russia never confirmed. On 14 April 2017 the FSVTS spokeswoman denied reports that ten Su-24M2 had been delivered in April 2017 (Jejak Tapak).',
  },
  {
    id: 'arms-2016-ru-sy-delivered-t-90',
    date: '2016',
    supplier: 'RU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'T-90 main battle tank',
        category: 'armour',
      },
    ],
    sources: [
      {
        source: 'topwar-pt-t90-manbij',
        locator: 'paragraph 2 (AMN: the Syrian army began receiving T-90s in 2016)',
      },
      {
        source: 'rambler-siriyskie-poteryali-oruzhie',
        locator:
          'paragraphs 3–4 (T-90s supplied; Ambassador Kinshchak: part of deliveries free of charge or on preferential terms)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'date',
        value: '2015',
        sources: [
          {
            source: 'topwar-it-t90-captured',
            locator: 'final paragraph (Lenta.ru: the T-90 came to the Syrian army in 2015)',
          },
        ],
        note: 'The sources disagree on the year the first T-90s reached the Syrian army.',
      },
    ],
    note: 'No source gives the quantity or the terms. Later reports of ships carrying T-90s (avia-pro; Star, April 2020) are unconfirmed and not recorded.',
  },
  {
    id: 'arms-2016-10-ru-sy-agreed-pantsir-s1',
    date: '2016-10',
    supplier: 'RU',
    recipient: 'SY',
    status: 'agreed',
    items: [
      {
        system: 'Pantsir-S1 air-defence missile-gun system',
        category: 'air-defence',
        quantity: 10,
      },
    ],
    sources: [
      {
        source: 'stalkerzone-izvestia-pantsir-syria',
        locator:
          "paragraphs 1–4 (remaining Pantsirs, stored since 2013, to be sent without immediate payment; 'not less than about 10 units')",
      },
      {
        source: 'southfront-de-pantsir-2016',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'presstv-fr-pantsir-tartous-2016',
        locator: 'paragraphs 1–2 (item of 11 October 2016)',
      },
    ],
    confidence: 'reported',
    note: "All three pages repeat one Izvestia report, so they count as a single source. The decision was to hand over the rest of the 2008 contract (36–50 systems, about US$730m by estimates), which had been only partly delivered for financial reasons. The quantity is the source's 'not less than about 10'. See arms-2007-ru-sy-agreed-pantsir-s1.",
    continues: 'arms-2007-ru-sy-agreed-pantsir-s1',
  },
  {
    id: 'arms-2017-ru-sy-delivered-t-62m-bmp-1',
    date: '2017',
    supplier: 'RU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'T-62M tank (ex-Russian stocks)',
        category: 'armour',
      },
      {
        system: 'BMP-1 infantry fighting vehicle',
        category: 'armour',
      },
    ],
    sources: [
      {
        source: 'shephard-russia-increases-tank-mix',
        locator: 'paragraphs 1–3 (deliveries especially since early 2017; large batch of T-62M and BMP-1P)',
      },
      {
        source: 'southfront-t62-bmp1-syrian-express',
        locator: 'paragraphs 1–2 (photos of T-62, BMP-1 handed over at Tartus)',
      },
      {
        source: 'alafdal-t62-brdm-tartus',
        locator: 'whole item (T-62 and BRDM-1K delivered to Tartus in August, via Al-Masdar)',
      },
    ],
    confidence: 'verified',
    note: 'Based on photographs and social media; neither government published figures. No quantities are given.',
  },
  {
    id: 'arms-2018-04-ru-sy-delivered-pantsir-s1',
    date: '2018-04',
    supplier: 'RU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'Pantsir-S1 (additional batch)',
        category: 'air-defence',
      },
    ],
    sources: [
      {
        source: 'uawire-additional-pantsir-2018',
        locator:
          'paragraphs 1–2 (Kommersant: additional Pantsirs delivered to Tartus last week; recipient unspecified)',
      },
      {
        source: 'muraselon-kommersant-pantsir-2018',
        locator: 'paragraphs 1–3',
      },
    ],
    confidence: 'reported',
    note: 'Both pages rest on one Kommersant report. That report did not say whether the systems were for the Russian forces or for the Syrian army.',
  },
  {
    id: 'arms-2018-05-11-ru-sy-refused-s-300',
    date: '2018-05-11',
    supplier: 'RU',
    recipient: 'SY',
    status: 'refused',
    items: [
      {
        system: 'S-300 surface-to-air missile system',
        category: 'air-defence',
      },
    ],
    sources: [
      {
        source: 'haaretz-russia-not-in-talks-s300-syria-2018',
        locator: 'paragraphs 1–2 and 4 (Kozhin in Izvestia, Friday: not in talks, Syria has what it needs)',
      },
      {
        source: 'uawire-kremlin-no-s300-syria-2018',
        locator:
          "paragraphs 1–5 (Peskov: interview given before Netanyahu's visit; Lavrov's remarks of 16 and 23 April)",
      },
      {
        source: 'jns-russia-will-not-send-s300-2018',
        locator: 'paragraphs 1–4',
      },
    ],
    confidence: 'verified',
    note: "Putin's arms-trade aide Vladimir Kozhin, in an Izvestia interview published on Friday 11 May 2018, said Russia was not negotiating S-300 deliveries to Syria, reversing April hints made after the US, British and French strikes of 14 April. It followed Netanyahu's visit to Moscow on 9 May, though Peskov denied a link. The systems were handed over in October 2018 after the Il-20 loss (arms-2018-10-01-ru-sy-delivered-s-300).",
  },
  {
    id: 'arms-2018-10-01-ru-sy-delivered-s-300',
    date: '2018-10-01',
    supplier: 'RU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'S-300 surface-to-air missile system (S-300PM per the TASS source)',
        category: 'air-defence',
        quantity: 4,
      },
    ],
    sources: [
      {
        source: 'gfaclaims-zavershila-s300-2018',
        locator:
          'paragraphs 1–4 (Shoigu: 49 pieces of equipment incl. four launchers; finished Monday 1 October; Lavrov said on 28 September deliveries had begun)',
      },
      {
        source: 'glavnoe24-peredala-s300-2018',
        locator: "paragraphs 1–2 (Shoigu's report to the Security Council)",
      },
      {
        source: 'gfaclaims-putin-asad-s300-2018',
        locator: 'paragraphs 1–3 (Putin told Assad on 24 September Russia would supply S-300)',
      },
      {
        source: 'inn-syria-paid-1-billion-s300-2018',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'ummnews-2018-xinhua-s300-delivered',
        locator:
          "Xinhua, 2 Oct: Shoigu: 'We have completed the delivery of S-300 systems. This includes 49 pieces of equipment… and four launchers'",
      },
      {
        source: 'channelnewsasia-2018-s300-delivered',
        locator: "Reuters: Shoigu on Tuesday (2 October): 'The work was finished a day ago'",
      },
      {
        source: 'sputnik-2018-s300-deliveries-footage',
        locator:
          'text: 49 units delivered after the downing of the Il-20; three months of training for the Syrian army',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'items[0].quantity',
        value: 24,
        sources: [
          {
            source: 'glavnoe24-s300-besplatno-2018',
            locator:
              'paragraphs 1–4 (TASS military-diplomatic source: three S-300PM battalions of eight launchers each, over 100 missiles per battalion, free of charge, ex-VKS stock overhauled)',
          },
        ],
        note: 'Shoigu spoke of four launchers among 49 pieces; the TASS source speaks of three battalions with eight launchers each.',
      },
    ],
    note: "Given free of charge after the Il-20 was shot down on 17/18 September 2018. Syrian crews were to be trained for three months. 'S-300PM-2' is not named in the sources read; TASS's source says S-300PM. Sent after Syrian air defences shot down a Russian Il-20 during an Israeli raid on 17 September 2018; 49 pieces of equipment in all (radars, detection systems, control vehicles, four launchers).",
  },
  {
    id: 'arms-2020-05-30-ru-sy-delivered-mig-29',
    date: '2020-05-30',
    supplier: 'RU',
    recipient: 'SY',
    status: 'delivered',
    items: [
      {
        system: 'MiG-29 (modernised), second batch',
        category: 'aircraft',
      },
    ],
    sources: [
      {
        source: 'almasdarnews-2020-syria-receives-mig-29',
        locator:
          'SANA military source, Saturday (30 May); text citing SANA on Saturday (30 May): the next batch handed over at Hmeimim',
      },
      {
        source: 'syrializm-second-batch-mig29-2020',
        locator: 'item of 31 May 2020 (on Saturday; second batch)',
      },
      {
        source: 'defaiya-second-batch-mig29-2020',
        locator: 'SANA/TASS, 02.06.2020 (ceremony at Hmeimim; flights from 1 June)',
      },
      {
        source: 'syriatimes-2020-second-batch-mig-29',
        locator: 'text: the second batch; Syrian pilots fly them from 1 June 2020',
      },
      {
        source: 'militaryleak-2020-second-batch-mig-29',
        locator: "text: the Russian embassy in Damascus on 3 June on the 'second batch'",
      },
    ],
    confidence: 'verified',
    note: "The sources read give no number. UAWire (citing Israel's Channel 12) reported the handover of six MiG-29s, probably the earlier batch; that item is undated in the copy read and so is not recorded separately. The 'second batch'; no source read gives the number of aircraft in it.",
  },
];
