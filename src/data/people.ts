import type { Person } from './types.js';

/** Rulers, visitors and signatories, with names in English, Arabic and Russian. */
export const people: Person[] = [
  {
    id: 'faisal-i',
    name: {
      en: 'Faisal I',
      ar: 'فيصل الأول',
      ru: 'Фейсал I',
    },
    born: '1885-05-20',
    died: '1933-09-08',
    sources: [
      {
        source: 'wikipedia-en-faisal-i-of-iraq-studentb',
        locator: 'infobox and lead (Arabic name, birth 20 May 1885, death 8 September 1933)',
      },
      {
        source: 'encyclopediahub-faisal-i',
        locator: 'text: born May 20, 1885; died Sept. 8, 1933',
      },
      {
        source: 'wiki-org-ru-arabskoe-korolevstvo-siriya',
        locator: 'Russian name: infobox, «Малик — 8 марта – 24 июля 1920 года Фейсал I»',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ali-rida-al-rikabi',
    name: {
      en: 'Ali Rida al-Rikabi',
      ar: 'علي رضا باشا الركابي',
      ru: 'Али Рида Баша ар-Рикаби',
    },
    died: '1942-05-25',
    sources: [
      {
        source: 'damapedia-ali-rida-al-rikabi',
        locator: 'heading and lead (name; died 25 May 1942)',
      },
      {
        source: 'syrmh-ali-rida-al-rikabi',
        locator: 'text: died 25 May 1942',
      },
      {
        source: 'wikien4-ali-rida-al-rikabi',
        locator: 'infobox (Arabic name)',
      },
      {
        source: 'wiki-org-ru-arabskoe-korolevstvo-siriya',
        locator:
          'Russian name: body text: «Фейсал создал первое арабское правительство в Дамаске в октябре 1918 года и назначил Али Рида Баша ар-Рикаби военным губернатором» («Баша» = pasha, an honorific)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'died',
        value: '1943',
        sources: [
          {
            source: 'wikimili-list-of-prime-ministers-of-syria',
            locator: "'Rida Pasha al-Rikabi … (1864–1943)'",
          },
        ],
      },
    ],
  },
  {
    id: 'haqqi-al-azm',
    name: {
      en: 'Haqqi al-Azm',
      ar: 'حقي العظم',
      ru: 'Хакки Азм',
    },
    born: '1864',
    died: '1955',
    sources: [
      {
        source: 'wikipedia-en-haqqi-al-azm-termpedia',
        locator: 'lead (born Damascus 1864, died 1955; Arabic name)',
      },
      {
        source: 'zxc-de-haqqi-al-azm',
        locator: 'lead (1864–1955)',
      },
      {
        source: 'sfuturem-haqqi-al-azm',
        locator: 'text: born in Damascus in 1864',
      },
      {
        source: 'perceptiopt-ru-azm-hakki',
        locator: 'Russian Wikipedia article title in URL: «Азм, Хакки»',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'born',
        value: '1865',
        sources: [
          {
            source: 'damapedia-haqqi-al-azm-2021-02-18',
            locator: 'heading: (1865-1955)',
          },
        ],
      },
    ],
    note: 'Russian form taken from the title of the Russian Wikipedia article («Азм, Хакки»), read through a machine-translated copy.',
  },
  {
    id: 'subhi-barakat',
    name: {
      en: 'Subhi Bey Barakat',
      ar: 'صبحي بك بركات',
      ru: 'Субхи Бей Баракат аль-Халиди',
    },
    born: '1889',
    died: '1939',
    sources: [
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: 'table Syria (1922–1958), Arabic name',
      },
      {
        source: 'wikimili-list-of-presidents-of-syria',
        locator: 'table (1889–1939)',
      },
      {
        source: 'wikipedia-en-subhi-bey-barakat-oldid-952100341',
        locator: 'infobox: born 1889, died 1939',
      },
      {
        source: 'wiki-org-ru-dzhamil-al-ulshi',
        locator:
          'Russian name: infobox, Премьер-министр Сирии 6 сентября – 30 ноября 1920, «Преемник: Субхи Бей Баракат аль-Халиди»',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'born',
        value: '1886',
        sources: [
          {
            source: 'ipfs-wikipedia-en-subhi-barakat',
            locator: "quoting Bidwell, Dictionary of Modern Arab History (1998), p. 68: 'BARAKAT, Subhi (c. 1886-)'",
          },
        ],
        note: 'circa',
      },
    ],
  },
  {
    id: 'francois-pierre-alype',
    name: {
      en: 'François Pierre-Alype',
      ar: 'فرانسوا بيير أليب',
      ru: 'Франсуа Пьер-Алип',
    },
    born: '1886-04-11',
    died: '1956-02-05',
    sources: [
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: 'table, Arabic name',
      },
      {
        source: 'everything-explained-francois-pierre-alype',
        locator: 'infobox/lead: 11 April 1886 – 5 February 1956',
      },
      {
        source: 'wikimili-list-of-presidents-of-syria',
        locator: 'table (1886–1956)',
      },
      {
        source: 'teknopedia-ru-pierre-alype',
        locator:
          'title and lead: «Франсуа Пьер-Алип (11 апреля 1886 — 5 февраля 1956)»; infobox: 9 February – 28 April 1926',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'born',
        value: '1886-04-13',
        sources: [
          {
            source: 'wikipedia-ar-francois-pierre-alype',
            locator: 'infobox: born 13 April 1886 (its text says 11 April)',
          },
          {
            source: 'teknopedia-ru-pierre-alype',
            locator: 'infobox: «13 апреля 1886» (its lead says 11 April)',
          },
        ],
      },
    ],
  },
  {
    id: 'ahmad-nami',
    name: {
      en: 'Ahmad Nami',
      ar: 'أحمد نامي',
      ru: 'Ахмад Нами',
    },
    born: '1873',
    died: '1962-12-13',
    sources: [
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: 'table, Arabic name',
      },
      {
        source: 'wikimili-list-of-presidents-of-syria',
        locator: 'table (1873–1962)',
      },
      {
        source: 'kiwix-de-ahmad-nami',
        locator: 'lead: born 1873 Beirut, died 13 December 1962',
      },
      {
        source: 'wikizero-ahmad-nami',
        locator: 'lead: died 13 December 1962 (infobox gives born 11 May 1879, died 1963)',
      },
      {
        source: 'teknopedia-ru-pierre-alype',
        locator: 'infobox of the article on Pierre-Alype: «Глава правительства: Ахмад Нами», «Преемник: Ахмад Нами»',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'born',
        value: '1878',
        sources: [
          {
            source: 'damapedia-ahmad-nami-2',
            locator: '(1878 – 13 December 1962)',
          },
          {
            source: 'syria-news-ahmad-nami',
            locator: "'Ahmad Nami was born in 1878'",
          },
        ],
      },
      {
        field: 'died',
        value: '1963',
        sources: [
          {
            source: 'lights-syr-ahmad-nami',
            locator: '(1873 – 1963)',
          },
        ],
      },
    ],
  },
  {
    id: 'taj-al-din-al-hasani',
    name: {
      en: 'Taj al-Din al-Hasani',
      ar: 'تاج الدين الحسني',
      ru: 'Тадж эд-Дин аль-Хасани',
    },
    born: '1885',
    died: '1943-01-17',
    sources: [
      {
        source: 'wikipedia-en-taj-al-din-al-hasani',
        locator: 'infobox and lead (1885 – 17 January 1943)',
      },
      {
        source: 'zxc-de-taj-ad-din-al-hasani',
        locator: 'lead (1885 – 17 January 1943)',
      },
      {
        source: 'perceptiopt-ru-al-hasani-tajeddin',
        locator: "Russian Wikipedia article title in URL: 'Аль-Хасани, Таджеддин'",
      },
      {
        source: 'lichnosti-khasani-tadzh-ed-din',
        locator: "Russian text: 'Тадж эд-Дин аль ХАСАНИ', died 17.01.1943",
      },
      {
        source: 'wiki-org-ru-dzhamil-al-ulshi',
        locator:
          'Russian name: infobox, и.о. Президента Сирии 17 января – 25 марта 1943, «Предшественник: Тадж эд-Дин аль-Хасани»',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'leon-solomiac',
    name: {
      en: 'Léon Solomiac',
      ar: 'ليون سولومياك',
    },
    born: '1873',
    died: '1960',
    sources: [
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: 'table, Arabic name',
      },
      {
        source: 'wikimili-list-of-presidents-of-syria',
        locator: 'table (1873–1960)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'born',
        value: '1884-07-20',
        sources: [
          {
            source: 'wikipedia-de-leon-solomiac',
            locator: '(* 20. Juli 1884 in Cajarc; † 10. Mai 1960 in Cannes)',
          },
        ],
      },
    ],
    note: 'No Russian spelling found in the sources consulted; Russian-language charts show the English name.',
  },
  {
    id: 'muhammad-ali-al-abid',
    name: {
      en: 'Muhammad Ali Bey al-Abid',
      ar: 'محمد علي بك العابد',
    },
    born: '1867',
    died: '1939-10-22',
    sources: [
      {
        source: 'clateway-muhammad-ali-bey-al-abid',
        locator: 'infobox and lead (1867 – 22 October 1939)',
      },
      {
        source: 'wikipedia-en-list-of-presidents-of-syria',
        locator: 'table, Arabic name',
      },
    ],
    confidence: 'reported',
    note: 'No Russian spelling found in the sources consulted; Russian-language charts show the English name.',
  },
  {
    id: 'hashim-al-atassi',
    name: {
      en: 'Hashim al-Atassi',
      ar: 'هاشم الأتاسي',
      ru: 'Хашим аль-Атаси',
    },
    born: '1875-01-11',
    died: '1960-12-05',
    sources: [
      {
        source: 'wikipedia-en-hashim-al-atassi',
        locator: 'infobox (birth 1875-01-11, death 1960-12-05; Arabic name)',
      },
      {
        source: 'wikiplanet-hashim-al-atassi',
        locator: 'infobox (11 January 1875 – 5 December 1960)',
      },
      {
        source: 'perceptiopt-ru-al-atasi-hashim',
        locator: "Russian Wikipedia article title in URL: 'Аль-Атаси, Хашим'",
      },
      {
        source: 'hoho-ru-adib-ash-shishakli',
        locator: "Russian text: 'Хашим Бей Халид аль-Атаси'",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'died',
        value: '1960-12-06',
        sources: [
          {
            source: 'syria-in-hashim-al-atassi',
            locator: 'died in Homs on 6 December 1960',
          },
          {
            source: 'alfahras-hashim-al-atassi',
            locator: '(1875 – 6 December 1960)',
          },
        ],
      },
    ],
  },
  {
    id: 'bahij-al-khatib',
    name: {
      en: 'Bahij al-Khatib',
      ar: 'بهيج الخطيب',
      ru: 'Бахидж аль-Хатиб',
    },
    born: '1895',
    died: '1981',
    sources: [
      {
        source: 'wikipedia-en-bahij-al-khatib',
        locator: 'infobox (1895–1981)',
      },
      {
        source: 'perceptiode-ru-al-khatib-bahij',
        locator: "Russian Wikipedia article title in URL: 'Аль-Хатиб, Бахидж'; 1895–1981",
      },
      {
        source: 'wafarin-al-khatib-bakhidzh',
        locator:
          'Russian name: heading «Аль-Хатиб, Бахидж»; lead sentence printed with stress marks: «Бахи́дж аль-Хати́б (араб. بهيج الخطيب, род. 1895 …)»',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'khalid-al-azm',
    name: {
      en: 'Khalid al-Azm',
      ar: 'خالد العظم',
      ru: 'Халед Бей аль-Азем',
    },
    born: '1903-06-11',
    died: '1965-11-18',
    sources: [
      {
        source: 'wikial-khalid-al-azm',
        locator: 'infobox: born 11 June 1903, died 18 November 1965',
      },
      {
        source: 'wikili-de-chalid-al-azm',
        locator: 'lead: 1903 – 18 November 1965',
      },
      {
        source: 'perceptiopt-ru-khaled-bey-al-azem',
        locator: "Russian Wikipedia article title in URL: 'Халед Бей аль-Азем'",
      },
      {
        source: 'wiki-org-ru-saadallah-al-dzhabiri',
        locator:
          'Russian name: infobox, Премьер-министр Сирии 1 октября 1945 – 16 декабря 1946, «Преемник: Халед Бей аль-Азем»',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'jamil-al-ulshi',
    name: {
      en: 'Jamil al-Ulshi',
      ar: 'جميل الألشي',
      ru: 'Джамиль аль-Ульши',
    },
    born: '1883-01-17',
    died: '1951-03-25',
    sources: [
      {
        source: 'swiki-jamil-al-ulshi',
        locator: 'infobox (17 January 1883 – 25 March 1951)',
      },
      {
        source: 'perceptiopt-ru-jamil-al-ulshi',
        locator: 'infobox (17 January 1883 – 25 March 1951); Russian Wikipedia article title in URL',
      },
      {
        source: 'wiki-org-ru-dzhamil-al-ulshi',
        locator:
          'Russian name: article heading and lead sentence «Джамиль аль-Ульши (араб. جميل الألشي; 1883 … — 1951 …)»',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'ata-al-ayyubi',
    name: {
      en: 'Ata Bey al-Ayyubi',
      ar: 'عطا الأيوبي',
      ru: 'Ата Бей аль-Айюби',
    },
    born: '1877-03-25',
    died: '1951-12-21',
    sources: [
      {
        source: 'wikipedia-en-ata-bey-al-ayyubi',
        locator: 'lead (25 March 1877 – 21 December 1951)',
      },
      {
        source: 'kiwix-de-ata-al-ayyubi',
        locator: 'lead (25 March 1877 – 21 December 1951)',
      },
      {
        source: 'perceptiode-ru-ata-bey-al-ayyubi',
        locator: "Russian Wikipedia article title in URL: 'Ата Бей аль-Айюби'",
      },
      {
        source: 'wiki-org-ru-dzhamil-al-ulshi',
        locator:
          'Russian name: infobox, и.о. Президента Сирии 1943, «Преемник: Ата Бей аль-Айюби» (the Саадаллах аль-Джабири page prints the same form as «Предшественник»)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'born',
        value: '1874',
        sources: [
          {
            source: 'damapedia-ata-al-ayyubi',
            locator: '(1874 – 29 January 1950)',
          },
          {
            source: 'syrmh-ata-al-ayyubi',
            locator: 'born in Damascus in 1874',
          },
          {
            source: 'kiwix-ar-ata-al-ayyubi',
            locator: '(1874-1950)',
          },
        ],
        note: 'Arabic sources agree on 1874 – 29 January 1950; English and German Wikipedia give 25 March 1877 – 21 December 1951.',
      },
      {
        field: 'died',
        value: '1950-01-29',
        sources: [
          {
            source: 'damapedia-ata-al-ayyubi',
            locator: '(1874 – 29 January 1950)',
          },
          {
            source: 'kiwix-ar-ata-al-ayyubi',
            locator: '(1874-1950)',
          },
        ],
      },
    ],
  },
  {
    id: 'shukri-al-quwatli',
    name: {
      en: 'Shukri al-Quwatli',
      ar: 'شكري القوتلي',
      ru: 'Шукри аль-Куатли',
    },
    born: '1891',
    died: '1967-06-30',
    sources: [
      {
        source: 'uncensored-wiki-portal-syria-quwatli',
        locator: 'text (Arabic name; 1891 – June 30, 1967)',
      },
      {
        source: 'bookree-bse-kuatli-shukri',
        locator: "Russian text 'Куатли Шукри (1891, Дамаск, — 30.6.1967, Бейрут)'",
      },
      {
        source: 'perceptiopt-ru-al-kuatli-shukri',
        locator: "Russian Wikipedia article title in URL: 'Аль-Куатли, Шукри'",
      },
      {
        source: 'britannica-shukri-al-quwatli',
        locator: 'born 1891, died June 30, 1967',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'husni-al-zaim',
    name: {
      en: "Husni al-Za'im",
      ar: 'حسني الزعيم',
      ru: 'Хусни аз-Заим',
    },
    born: '1897-05-11',
    died: '1949-08-14',
    sources: [
      {
        source: 'wikipedia-en-husni-al-zaim',
        locator: 'infobox and lead (11 May 1897 – 14 August 1949)',
      },
      {
        source: 'hoho-ru-adib-ash-shishakli',
        locator: "Russian text: 'против президента Хусни аз-Заима'",
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'sami-al-hinnawi',
    name: {
      en: 'Sami al-Hinnawi',
      ar: 'محمد سامي حلمي الحناوي',
    },
    born: '1898',
    died: '1950-10-31',
    sources: [
      {
        source: 'frawiki-sami-al-hinnawi',
        locator: 'lead (Aleppo 1898 – Beirut 31 October 1950; Arabic name)',
      },
      {
        source: 'kiwix-fr-sami-al-hinnaoui',
        locator: 'lead (born 1898, died 1950)',
      },
      {
        source: 'mod-gov-sy-hinnawi-coup',
        locator: 'text: born in Aleppo in 1898',
      },
    ],
    confidence: 'verified',
    note: 'No Russian spelling found in the sources consulted; Russian-language charts show the English name.',
  },
  {
    id: 'adib-al-shishakli',
    name: {
      en: 'Adib al-Shishakli',
      ar: 'أديب الشيشكلي',
      ru: 'Адиб аш-Шишакли',
    },
    born: '1909',
    died: '1964-09-27',
    sources: [
      {
        source: 'kiwix-ru-adib-ash-shishakli',
        locator: 'infobox and lead (1909 – 27 September 1964)',
      },
      {
        source: 'misplaced-pages-adib-shishakli',
        locator: 'infobox and lead (1909 – 27 September 1964; Arabic name)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'fawzi-selu',
    name: {
      en: 'Fawzi Selu',
      ar: 'فوزي السلو',
      ru: 'Фаузи ас-Селу',
    },
    born: '1905',
    died: '1972-04-29',
    sources: [
      {
        source: 'wikipedia-en-fawzi-selu',
        locator: 'infobox and lead (1905 – April 29, 1972)',
      },
      {
        source: 'kiwix-ru-adib-ash-shishakli',
        locator: "infobox predecessor: 'Фаузи ас-Селу'",
      },
      {
        source: 'perceptiono-ru-fauzi-as-selu',
        locator: 'Russian Wikipedia article title in URL; born 1905, died 1972',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'maamun-al-kuzbari',
    name: {
      en: 'Maamun al-Kuzbari',
      ar: 'مأمون الكزبري',
      ru: 'Маамун аль-Кузбари',
    },
    born: '1914-12',
    died: '1998-03-02',
    sources: [
      {
        source: 'zxc-de-maamun-al-kuzbari',
        locator: 'lead (December 1914 – March 2, 1998)',
      },
      {
        source: 'gutenberg-maamun-al-kuzbari',
        locator: 'infobox (1914–1998; Arabic name)',
      },
      {
        source: 'kiwix-ru-adib-ash-shishakli',
        locator: "infobox successor: 'Маамун Кузбари'",
      },
      {
        source: 'en-academic-maamun-al-kuzbari',
        locator: 'infobox (birth 1914)',
      },
      {
        source: 'marefa-maamun-al-kuzbari',
        locator: 'lead (died 2 March 1998)',
      },
      {
        source: 'areq-maamun-al-kuzbari',
        locator: 'infobox (died 2 March 1998, Beirut)',
      },
      {
        source: 'wiki-org-ru-kuzbari-maamun',
        locator:
          'Russian name: infobox heading and lead sentence «Маамун аль-Кузбари (араб. مأمون الكزبري, 1914—1998)»; article title «Кузбари, Маамун»',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'died',
        value: '1998-01-01',
        sources: [
          {
            source: 'damapedia-maamun-al-kuzbari',
            locator: '(1914 – 1 January 1998)',
          },
        ],
      },
    ],
  },
  {
    id: 'gamal-abdel-nasser',
    name: {
      en: 'Gamal Abdel Nasser',
      ar: 'جمال عبد الناصر',
      ru: 'Гамаль Абдель Насер',
    },
    born: '1918-01-15',
    died: '1970-09-28',
    sources: [
      {
        source: 'bestreferat-gamal-abdel-naser',
        locator: 'opening lines (Russian name, birth)',
      },
      {
        source: 'proleksis-naser-gamal-abdel',
        locator: 'entry header (birth and death)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'izzat-al-nuss',
    name: {
      en: 'Izzat al-Nuss',
      ar: 'عزت النص',
      ru: 'Иззат ан-Нус',
    },
    born: '1912',
    died: '1976',
    sources: [
      {
        source: 'simple-wikipedia-president-of-syria',
        locator: 'List table, Second Syrian Republic (1912–1976)',
      },
      {
        source: 'teknopedia-ar-izzat-al-nuss',
        locator: 'infobox (born 1912 Damascus, died 1976)',
      },
      {
        source: 'wiki-org-ru-kuzbari-maamun',
        locator: 'Russian name: infobox, Премьер-министр Сирии 29 сентября – 20 ноября 1961, «Преемник: Иззат ан-Нус»',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'nazim-al-qudsi',
    name: {
      en: 'Nazim al-Qudsi',
      ar: 'ناظم القدسي',
      ru: 'Назим аль-Кудси',
    },
    born: '1906-02-14',
    died: '1998-02-06',
    sources: [
      {
        source: 'piglix-nazim-al-kudsi',
        locator: 'infobox (born 14 February 1906, died 6 February 1998)',
      },
      {
        source: 'absoluteastronomy-nazim-al-kudsi',
        locator: 'lead',
      },
      {
        source: 'academic-ruwiki-atassi-luai',
        locator: 'infobox, predecessor (Russian spelling)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'born',
        value: '1906-02-26',
        sources: [
          {
            source: 'damapedia-nazim-al-qudsi',
            locator: '(26 February 1906 – 7 February 1998)',
          },
        ],
      },
      {
        field: 'born',
        value: '1905',
        sources: [
          {
            source: 'syrmh-nazim-al-qudsi',
            locator: 'born in Aleppo in 1905',
          },
        ],
      },
      {
        field: 'died',
        value: '1998-02-07',
        sources: [
          {
            source: 'damapedia-nazim-al-qudsi',
            locator: '(26 February 1906 – 7 February 1998)',
          },
        ],
      },
    ],
  },
  {
    id: 'abd-al-karim-al-nahlawi',
    name: {
      en: 'Abd al-Karim al-Nahlawi',
      ar: 'عبد الكريم النحلاوي',
      ru: 'Нахлави',
    },
    born: '1926',
    sources: [
      {
        source: 'qaz-wiki-fr-abd-al-karim-al-nahlawi',
        locator: 'infobox and lead (born 1926)',
      },
      {
        source: 'my-library-okorokov-secret-wars-p13',
        locator:
          'Russian name: text on the coup of 28 September 1961: «офицерский комитет из 6 человек (генералов Дахмана и Азафа, полковников Хайдара Кузбари, Хинди, Абд ар-Раббу и Нахлави)»',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'born',
        value: '1927',
        sources: [
          {
            source: 'damapedia-abd-al-karim-al-nahlawi',
            locator: 'heading: (1927)',
          },
        ],
      },
    ],
    note: "The only Russian source found, A. Okorokov's «Тайные войны СССР», gives his surname alone («Нахлави»), among the six officers of the 28 September 1961 coup; no source read gives his full name in Russian.",
  },
  {
    id: 'lu-ay-al-atassi',
    name: {
      en: "Lu'ay al-Atassi",
      ar: 'لؤي الأتاسي',
      ru: 'Луай аль-Атасси',
    },
    born: '1926',
    died: '2003-11-24',
    sources: [
      {
        source: 'wikisum-lu-ay-al-atassi',
        locator: 'lead (1926 − 24 November 2003)',
      },
      {
        source: 'almasryalyoum-luay-al-atassi-death',
        locator: 'headline (died 24 November 2003)',
      },
      {
        source: 'academic-ruwiki-atassi-luai',
        locator: 'infobox (Russian name, born 1926)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'died',
        value: '2003-10-24',
        sources: [
          {
            source: 'damapedia-luay-al-atassi-2021',
            locator: '(1926 – 24 October 2003)',
          },
        ],
      },
    ],
    note: "Russian Wikipedia's article on him spells the family name «аль-Атасси»; its articles on Hashim al-Atassi and Hafez al-Assad write «аль-Атаси».",
  },
  {
    id: 'amin-al-hafiz',
    name: {
      en: 'Amin al-Hafiz',
      ar: 'أمين الحافظ',
      ru: 'Амин аль-Хафез',
    },
    born: '1921-11-12',
    died: '2009-12-17',
    sources: [
      {
        source: 'wikipedia-en-amin-al-hafiz',
        locator: 'lead and infobox',
      },
      {
        source: 'syrianhistory-amin-al-hafez',
        locator: 'caption (died 17 December 2009)',
      },
      {
        source: 'academic-ruwiki-atassi-luai',
        locator: 'infobox, successor (Russian spelling)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'nureddin-al-atassi',
    name: {
      en: 'Nureddin al-Atassi',
      ar: 'نور الدين الأتاسي',
      ru: 'Нуреддин аль-Атаси',
    },
    born: '1929-01-11',
    died: '1992-12-03',
    sources: [
      {
        source: 'wikipedia-en-nureddin-al-atassi',
        locator: 'infobox (Birth Date 1929-01-11, Death Date 1992-12-03)',
      },
      {
        source: 'damapedia-nureddin-al-atassi',
        locator: 'lead (Arabic name; died 3 December 1992)',
      },
      {
        source: 'academic-ruwiki-hafez-al-asad',
        locator: 'infobox, Prime Minister predecessor (Russian spelling)',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'born',
        value: '1930-06-11',
        sources: [
          {
            source: 'damapedia-nureddin-al-atassi-2021',
            locator: '(11 June 1930 – 3 December 1992)',
          },
        ],
      },
      {
        field: 'died',
        value: '1992-12-02',
        sources: [
          {
            source: 'almasryalyoum-nureddin-al-atassi-death',
            locator: 'death of former Syrian president Nureddin al-Atassi, 2 December 1992',
          },
        ],
      },
      {
        field: 'name.ru',
        value: 'Нуреддин аль-Атасси',
        sources: [
          {
            source: 'wikiorg-ru-zueyin-yusuf',
            locator: 'infobox: «Президент: Нуреддин аль-Атасси»',
          },
        ],
        note: "Russian Wikipedia spells the family name with one с in some articles (Hashim al-Atassi, Hafez al-Assad) and with two in others (Yusuf Zuayyin, Lu'ay al-Atassi).",
      },
    ],
  },
  {
    id: 'salah-jadid',
    name: {
      en: 'Salah Jadid',
      ar: 'صلاح جديد',
      ru: 'Салах Джадид',
    },
    born: '1926',
    died: '1993-08-19',
    sources: [
      {
        source: 'wikipedia-en-salah-jadid-kiwix-2025-06',
        locator: 'infobox (born 1926, died 19 August 1993)',
      },
      {
        source: 'russianwiki-dzhadid-salah',
        locator: 'infobox (Russian name, 1926 – 19 August 1993)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'ahmad-al-khatib',
    name: {
      en: 'Ahmad al-Khatib',
      ar: 'أحمد الحسن الخطيب',
      ru: 'Ахмад аль-Хатиб',
    },
    born: '1933',
    died: '1982',
    sources: [
      {
        source: 'zxc-wiki-de-ahmed-al-chatib',
        locator: 'lead (1933 Salkhad – 1982 Damascus)',
      },
      {
        source: 'damapedia-ahmad-al-hasan-al-khatib',
        locator: 'lead (1933-1982)',
      },
      {
        source: 'academic-ruwiki-hafez-al-asad',
        locator: 'infobox, predecessor (Russian spelling)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'hafez-al-assad',
    name: {
      en: 'Hafez al-Assad',
      ar: 'حافظ الأسد',
      ru: 'Хафез Асад',
    },
    born: '1930-10-06',
    died: '2000-06-10',
    sources: [
      {
        source: 'academic-ruwiki-hafez-al-asad',
        locator: 'infobox',
      },
      {
        source: 'britannica-summary-hafiz-al-assad',
        locator: 'summary (born Oct. 6, 1930; died June 10, 2000)',
      },
      {
        source: 'wikipedia-en-hafez-al-assad-bradmurray-mirror',
        locator: 'infobox',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'abdul-halim-khaddam',
    name: {
      en: 'Abdul Halim Khaddam',
      ar: 'عبد الحليم خدام',
      ru: 'Абдель Халим Хаддам',
    },
    born: '1932-09-15',
    died: '2020-03-31',
    sources: [
      {
        source: 'simple-wikipedia-abdul-halim-khaddam',
        locator: 'infobox',
      },
      {
        source: 'russianwiki-abdel-halim-haddam',
        locator: 'infobox and lead',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'bashar-al-assad',
    name: {
      en: 'Bashar al-Assad',
      ar: 'بشار الأسد',
      ru: 'Башар Асад',
    },
    born: '1965-09-11',
    sources: [
      {
        source: 'infoplease-profile-of-bashar-al-assad',
        locator: 'profile (Date Of Birth: 11 September 1965)',
      },
      {
        source: 'aljadeed-bashar-al-assad-birthday',
        locator: 'article body (born 11 September 1965, Damascus)',
      },
      {
        source: 'interfax-bashar-asad-48',
        locator: 'article (Russian name)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ahmed-al-sharaa',
    name: {
      en: 'Ahmed al-Sharaa',
      ar: 'أحمد الشرع',
      ru: 'Ахмед аш-Шараа',
    },
    born: '1982-10-29',
    sources: [
      {
        source: 'askwikinow-ahmed-al-sharaa',
        locator: 'infobox (Arabic name; born 29 October 1982)',
      },
      {
        source: 'topzle-ahmed-al-sharaa',
        locator: 'lead (born 29 October 1982)',
      },
      {
        source: 'osnmedia-ash-sharaa-interim-president',
        locator: 'headline (Russian name)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'vladimir-lenin',
    name: {
      en: 'Vladimir Lenin',
      ar: 'فلاديمير لينين',
      ru: 'Владимир Ленин',
    },
    born: '1870-04-22',
    died: '1924-01-21',
    sources: [
      {
        source: 'askwikinow-simple-vladimir-lenin',
        locator: 'infobox (Russian name, born, died)',
      },
      {
        source: 'archontology-lenin',
        locator: 'header (b./d.; Russian names Владимир Ильич, Ульянов, Ленин)',
      },
      {
        source: 'historydraft-ar-ussr-leaders',
        locator: 'Arabic name, 22 April 1870 – 21 January 1924',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'joseph-stalin',
    name: {
      en: 'Joseph Stalin',
      ar: 'جوزيف ستالين',
      ru: 'Иосиф Сталин',
    },
    born: '1878-12-18',
    died: '1953-03-05',
    sources: [
      {
        source: 'piglix-joseph-stalin',
        locator: 'infobox',
      },
      {
        source: 'historydraft-ar-ussr-leaders',
        locator: 'Arabic name, 18 December 1878 – 5 March 1953',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'georgy-malenkov',
    name: {
      en: 'Georgy Malenkov',
      ar: 'جورجي مالينكوف',
      ru: 'Георгий Маленков',
    },
    born: '1902-01-08',
    died: '1988-01-14',
    sources: [
      {
        source: 'simple-wikipedia-georgy-malenkov',
        locator: 'lead and infobox (born 8 January 1902; died 14 January 1988)',
      },
      {
        source: 'britannica-georgy-malenkov',
        locator: 'quick facts (born Jan. 13 [Jan. 8, Old Style] 1902; died Jan. 14, 1988)',
      },
      {
        source: 'calendarz-ar-georgy-malenkov',
        locator: 'Arabic name (gives birth as 6 December 1901)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'nikita-khrushchev',
    name: {
      en: 'Nikita Khrushchev',
      ar: 'نيكيتا سيرجيفيتش خروتشوف',
      ru: 'Никита Хрущёв',
    },
    born: '1894-04-15',
    died: '1971-09-11',
    sources: [
      {
        source: 'piglix-khrushchev',
        locator: 'infobox',
      },
      {
        source: 'onthisday-nikita-khrushchev',
        locator: 'born/died',
      },
      {
        source: 'ar-vogueindustry-khrushchev',
        locator: 'Arabic name',
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'born',
        value: '1894-04-17',
        sources: [
          {
            source: 'palgrave-khrushchev-becoming-apparatchik',
            locator: 'born 15 April 1894; a clerical error recorded 17 April, the date he celebrated',
          },
        ],
        note: 'The date he celebrated, from a clerical error at the calendar change.',
      },
    ],
  },
  {
    id: 'leonid-brezhnev',
    name: {
      en: 'Leonid Brezhnev',
      ar: 'ليونيد بريجنيف',
      ru: 'Леонид Брежнев',
    },
    born: '1906-12-19',
    died: '1982-11-10',
    sources: [
      {
        source: 'worddisk-leonid-brezhnev',
        locator: 'infobox',
      },
      {
        source: 'onthisday-leonid-brezhnev',
        locator: 'born/died',
      },
      {
        source: 'ar-kineshma-leonid-brezhnev',
        locator: 'Arabic name (page gives a different birth date, 1 January 1907)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'yuri-andropov',
    name: {
      en: 'Yuri Andropov',
      ar: 'يوري أندروبوف',
      ru: 'Юрий Андропов',
    },
    born: '1914-06-15',
    died: '1984-02-09',
    sources: [
      {
        source: 'piglix-yury-andropov',
        locator: 'infobox',
      },
      {
        source: 'onthisday-yuri-andropov',
        locator: 'born/died',
      },
      {
        source: 'calendarz-ar-yuri-andropov',
        locator: 'Arabic name',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'konstantin-chernenko',
    name: {
      en: 'Konstantin Chernenko',
      ar: 'كونستانتين تشيرنينكو',
      ru: 'Константин Черненко',
    },
    born: '1911-09-24',
    died: '1985-03-10',
    sources: [
      {
        source: 'simple-wikipedia-konstantin-chernenko',
        locator: 'infobox',
      },
      {
        source: 'britannica-konstantin-chernenko',
        locator: 'born/died',
      },
      {
        source: 'calendarz-ar-konstantin-chernenko',
        locator: 'Arabic name, 24 September 1911 – 10 March 1985',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'mikhail-gorbachev',
    name: {
      en: 'Mikhail Gorbachev',
      ar: 'ميخائيل جورباتشوف',
      ru: 'Михаил Горбачёв',
    },
    born: '1931-03-02',
    died: '2022-08-30',
    sources: [
      {
        source: 'techsciencenews-simple-mikhail-gorbachev',
        locator: 'infobox (born 2 March 1931, died 30 August 2022)',
      },
      {
        source: 'archontology-gorbachev',
        locator: 'header (Михаил Сергеевич Горбачёв; gives d. 22 Aug 2022)',
      },
      {
        source: 'historydraft-ar-ussr-leaders',
        locator: 'Arabic name',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'vladimir-ivashko',
    name: {
      en: 'Vladimir Ivashko',
      ru: 'Владимир Ивашко',
      ar: 'فلاديمير إيفاشكو',
    },
    born: '1932-10-28',
    died: '1994-11-13',
    sources: [
      {
        source: 'piglix-vladimir-ivashko',
        locator: 'infobox and lead',
      },
      {
        source: 'wikipedia-pt-vladimir-ivashko',
        locator: 'infobox',
      },
      {
        source: 'marefa-ligachev',
        locator:
          "Arabic name: infobox, 'خلـَفه ڤلاديمير إيڤاشكو (كنائب السكرتير العام)'; Marefa orthography with ڤ for V",
      },
    ],
    confidence: 'verified',
    note: 'Marefa, the only Arabic source found, writes ڤلاديمير إيڤاشكو with the letter ڤ for v; the name is given here with the standard Arabic ف.',
  },
  {
    id: 'alexei-rykov',
    name: {
      en: 'Alexei Rykov',
      ar: 'أليكسي ريكوف',
      ru: 'Алексей Рыков',
    },
    born: '1881-02-25',
    died: '1938-03-15',
    sources: [
      {
        source: 'archontology-rykov',
        locator: 'header (b. 13/25 Feb 1881, d. 15 Mar 1938)',
      },
      {
        source: 'academickids-alexei-rykov',
        locator: 'lead',
      },
      {
        source: 'arwiki-rykov',
        locator:
          "Arabic name: page title and infobox heading; lead gives full form 'أليكسي إيفانوفيتش ريكوف'; Russian name: infobox '(بالروسية: Алексей Рыков)'; lead gives 'Алексей Иванович Рыков'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'vyacheslav-molotov',
    name: {
      en: 'Vyacheslav Molotov',
      ar: 'فياتشيسلاف مولوتوف',
      ru: 'Вячеслав Молотов',
    },
    born: '1890-03-09',
    died: '1986-11-08',
    sources: [
      {
        source: 'worddisk-vyacheslav-molotov',
        locator: 'infobox and lead',
      },
      {
        source: 'onthisday-vyacheslav-molotov',
        locator: 'born/died',
      },
      {
        source: 'calendarz-ar-vyacheslav-molotov',
        locator: 'Arabic name',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'nikolai-bulganin',
    name: {
      en: 'Nikolai Bulganin',
      ar: 'نيكولاي بولجانين',
      ru: 'Николай Александрович Булганин',
    },
    born: '1895-06-11',
    died: '1975-02-24',
    sources: [
      {
        source: 'calendarz-nikolai-bulganin',
        locator: 'born June 11, 1895 (May 30 OS); died February 24, 1975',
      },
      {
        source: 'wikipedia-it-nikolaj-bulganin',
        locator: 'Russian name (gives birth as 30 March 1895)',
      },
      {
        source: 'ar-celeb-true-nikolai-bulganin',
        locator: 'Arabic name',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'alexei-kosygin',
    name: {
      en: 'Alexei Kosygin',
      ar: 'أليكسي كوسيجين',
      ru: 'Алексей Косыгин',
    },
    born: '1904-02-21',
    died: '1980-12-18',
    sources: [
      {
        source: 'worddisk-alexei-kosygin',
        locator: 'infobox',
      },
      {
        source: 'archontology-kosygin',
        locator: 'header (b. 8 [21] Feb 1904, d. 18 Dec 1980)',
      },
      {
        source: 'maghress-kosygin',
        locator: 'Arabic text (gives birth 20 February 1904); spells the name «ألكسي كوسيجن»',
      },
      {
        source: 'britannica-ar-kosygin-bfjaawards',
        locator: 'lead: «أليكسي نيكولايفيتش كوسيجين»',
      },
      {
        source: 'aljazirah-2003-12-20-kosygin-death',
        locator: 'para. 1: «الكسي كوسيجين»',
      },
      {
        source: 'calendarz-ar-alexei-kosygin',
        locator: 'heading: «أليكسي كوسيجين»',
      },
      {
        source: 'profilpelajar-ar-alexei-kosygin',
        locator: 'title and lead: «أليكسي نيكولايفيتش كوسيغين» (with غ; the body also has «كوسيجين»)',
      },
    ],
    confidence: 'verified',
    note: 'Arabic Wikipedia spells the surname كوسيغين (with غ); the Arabic Britannica and the press read write كوسيجين.',
  },
  {
    id: 'nikolai-tikhonov',
    name: {
      en: 'Nikolai Tikhonov',
      ru: 'Николай Тихонов',
    },
    born: '1905-05-14',
    died: '1997-06-01',
    sources: [
      {
        source: 'clateway-nikolai-tikhonov',
        locator: 'infobox',
      },
      {
        source: 'thefullwiki-nikolai-tikhonov',
        locator: 'infobox',
      },
    ],
    confidence: 'reported',
    note: 'No Arabic spelling found in the sources consulted; Arabic-language charts show the English name.',
  },
  {
    id: 'nikolai-ryzhkov',
    name: {
      en: 'Nikolai Ryzhkov',
      ar: 'نيكولاي ريجكوف',
      ru: 'Николай Иванович Рыжков',
    },
    born: '1929-09-28',
    died: '2024-02-28',
    sources: [
      {
        source: 'archontology-ryzhkov',
        locator: 'header (b. 28 Sep 1929)',
      },
      {
        source: 'britannica-kids-nikolai-ryzhkov',
        locator: '(1929–2024)',
      },
      {
        source: 'academickids-ryzhkov',
        locator: 'Russian name',
      },
      {
        source: 'gulf365-ryzhkov',
        locator: 'Arabic name; death report',
      },
      {
        source: 'panorama-ryzhkov-dies-2024',
        locator: 'died on Wednesday 28 February 2024',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'valentin-pavlov',
    name: {
      en: 'Valentin Pavlov',
      ru: 'Валентин Павлов',
      ar: 'فالنتين بافلوف',
    },
    born: '1937-09-26',
    died: '2003-03-30',
    sources: [
      {
        source: 'archontology-pavlov',
        locator: 'header',
      },
      {
        source: 'en-academic-valentin-pavlov',
        locator: 'infobox (Russian name)',
      },
      {
        source: 'wilson-center-valentin-pavlov',
        locator: 'b./d.',
      },
      {
        source: 'elmin-gkchp-ar',
        locator:
          "Arabic name: section 'أعضاء GKChP': 'رئيس وزراء اتحاد الجمهوريات الاشتراكية السوفياتية فالنتين بافلوف' (weak source: machine-translated site)",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'ivan-silayev',
    name: {
      en: 'Ivan Silayev',
      ru: 'Иван Силаев',
      ar: 'إيفان سيلايف',
    },
    born: '1930-10-21',
    died: '2023-02-08',
    sources: [
      {
        source: 'wikipedia-en-ivan-silayev',
        locator: 'infobox (birth/death dates)',
      },
      {
        source: 'wikipedia-en-ivan-silayev-2009-revision',
        locator: 'infobox (Russian name)',
      },
      {
        source: 'alrasheed-silayev',
        locator: "Arabic name: first paragraph, 'غيّب الموت، إيفان سيلايف'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'mikhail-kalinin',
    name: {
      en: 'Mikhail Kalinin',
      ru: 'Михаил Калинин',
      ar: 'ميخائيل كالينين',
    },
    born: '1875-11-19',
    died: '1946-06-03',
    sources: [
      {
        source: 'askwikinow-mikhail-kalinin',
        locator: 'infobox',
      },
      {
        source: 'traditio-kalinin',
        locator: 'infobox (7 [19] ноября 1875 — 3 июня 1946)',
      },
      {
        source: 'profilpelajar-kalinin',
        locator:
          "Arabic name: page title / URL slug 'ميخائيل_كالينين'; lead gives full form 'ميخائيل ايفانوفيتش كالينين'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'nikolai-shvernik',
    name: {
      en: 'Nikolai Shvernik',
      ru: 'Николай Шверник',
      ar: 'نيكولاي ميخائيلوفيتش شفيرنيك',
    },
    born: '1888-05-19',
    died: '1970-12-24',
    sources: [
      {
        source: 'wikipedia-en-nikolai-shvernik',
        locator: 'lead (19 May [O.S. 7 May] 1888 – 24 December 1970)',
      },
      {
        source: 'archontology-shvernik',
        locator: 'header (b. 7/19 May 1888, d. 24 Dec 1970)',
      },
      {
        source: 'spoabris-shvernik-ar',
        locator:
          "Arabic name: page heading (full name with patronymic; short 'First Last' form not printed on any page read; weak source: machine-translated site)",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'kliment-voroshilov',
    name: {
      en: 'Kliment Voroshilov',
      ru: 'Климент Ворошилов',
      ar: 'كليمنت فوروشيلوف',
    },
    born: '1881-02-04',
    died: '1969-12-02',
    sources: [
      {
        source: 'worddisk-kliment-voroshilov',
        locator: 'lead and infobox',
      },
      {
        source: 'historica-kliment-voroshilov',
        locator: 'lead',
      },
      {
        source: 'calendarz-voroshilov',
        locator: "Arabic name: page heading, 'كليمنت فوروشيلوف ، مشير وسياسي أوكراني روسي'",
      },
      {
        source: 'ikptz-voroshilov',
        locator: "Russian name: body text, 'В 1906 г. Климент Ворошилов был делегатом IV съезда'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'anastas-mikoyan',
    name: {
      en: 'Anastas Mikoyan',
      ru: 'Анастас Микоян',
      ar: 'أنستاس ميكويان',
    },
    born: '1895-11-25',
    died: '1978-10-21',
    sources: [
      {
        source: 'piglix-anastas-mikoyan',
        locator: 'infobox and lead',
      },
      {
        source: 'perceptiopt-mikoyan',
        locator: 'infobox',
      },
      {
        source: 'arabica-mikoyan',
        locator: "Arabic name: page title and infobox heading; lead gives 'أنستاس إيفانوفيتش ميكويان'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'nikolai-podgorny',
    name: {
      en: 'Nikolai Podgorny',
      ru: 'Николай Подгорный',
      ar: 'نيكولاي بودجورني',
    },
    born: '1903-02-18',
    died: '1983-01-12',
    sources: [
      {
        source: 'pwojczyn-nikolai-podgorny',
        locator: 'infobox (died 12 January 1983)',
      },
      {
        source: 'archontology-podgorny',
        locator: 'header (b. 5/18 Feb 1903; gives d. 11 Jan 1983)',
      },
      {
        source: 'infokontak-podgorny',
        locator: "Arabic name: page title; lead gives 'نيكولاي فيكتوروفيتش بودجورني'",
      },
    ],
    confidence: 'disputed',
    conflicts: [
      {
        field: 'died',
        value: '1983-01-11',
        sources: [
          {
            source: 'archontology-podgorny',
            locator: "'d. 11 Jan 1983'",
          },
        ],
      },
    ],
  },
  {
    id: 'vasily-kuznetsov',
    name: {
      en: 'Vasily Kuznetsov',
      ru: 'Василий Кузнецов',
    },
    born: '1901-02-13',
    died: '1990-06-05',
    sources: [
      {
        source: 'wikipedia-en-vasily-kuznetsov',
        locator: 'infobox',
      },
      {
        source: 'enwikipedia-net-vasili-kuznetsov',
        locator: 'infobox (Russian name)',
      },
    ],
    confidence: 'reported',
    note: 'No Arabic spelling found in the sources consulted; Arabic-language charts show the English name.',
  },
  {
    id: 'andrei-gromyko',
    name: {
      en: 'Andrei Gromyko',
      ar: 'أندريه جروميكو',
      ru: 'Андрей Андреевич Громыко',
    },
    born: '1909-07-18',
    died: '1989-07-02',
    sources: [
      {
        source: 'archontology-gromyko',
        locator: 'header (b. 5/18 Jul 1909, d. 2 Jul 1989)',
      },
      {
        source: 'calendarz-ar-andrei-gromyko',
        locator: 'Arabic name, 18 July 1909 – 2 July 1989',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'boris-yeltsin',
    name: {
      en: 'Boris Yeltsin',
      ar: 'بوريس يلتسن',
      ru: 'Борис Ельцин',
    },
    born: '1931-02-01',
    died: '2007-04-23',
    sources: [
      {
        source: 'piglix-boris-yeltsin',
        locator: 'infobox',
      },
      {
        source: 'onthisday-boris-yeltsin',
        locator: 'born/died',
      },
      {
        source: 'sauress-alhayat-yeltsin',
        locator: 'Arabic name, born 1 February 1931',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'vladimir-putin',
    name: {
      en: 'Vladimir Putin',
      ar: 'فلاديمير بوتين',
      ru: 'Владимир Путин',
    },
    born: '1952-10-07',
    sources: [
      {
        source: 'premier-gov-ru-putin-biography',
        locator: 'date of birth 7 October 1952',
      },
      {
        source: 'osmarks-list-of-presidents-of-russia',
        locator: 'Russian name',
      },
      {
        source: 'sauress-alhayat-yeltsin',
        locator: 'Arabic name',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'dmitry-medvedev',
    name: {
      en: 'Dmitry Medvedev',
      ar: 'ديمتري مدفيديف',
      ru: 'Дмитрий Медведев',
    },
    born: '1965-09-14',
    sources: [
      {
        source: 'onthisday-dmitry-medvedev',
        locator: 'born September 14, 1965',
      },
      {
        source: 'osmarks-list-of-presidents-of-russia',
        locator: 'Russian name',
      },
      {
        source: 'alwasatnews-chernomyrdin',
        locator: 'Arabic name (ديمتري مدفيديف)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'yegor-gaidar',
    name: {
      en: 'Yegor Gaidar',
      ru: 'Егор Гайдар',
      ar: 'ايغور غايدار',
    },
    born: '1956-03-19',
    died: '2009-12-16',
    sources: [
      {
        source: 'archontology-gaidar',
        locator: 'header',
      },
      {
        source: 'fashionrebelsbook-russian-prime-ministers',
        locator: 'table (19.03.1956 – 16.12.2009)',
      },
      {
        source: 'alwasat-gaidar',
        locator:
          "Arabic name: headline and first paragraph 'رئيس الوزراء الروسي السابق ايغور غايدار' (printed without hamza)",
      },
      {
        source: 'mfd-gaidar',
        locator: "Russian name: headline 'Скончался Егор Гайдар'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'viktor-chernomyrdin',
    name: {
      en: 'Viktor Chernomyrdin',
      ar: 'فيكتور تشيرنوميردين',
      ru: 'Виктор Степанович Черномырдин',
    },
    born: '1938-04-09',
    died: '2010-11-03',
    sources: [
      {
        source: 'mapolist-viktor-chernomyrdin',
        locator: 'entry',
      },
      {
        source: 'fashionrebelsbook-russian-prime-ministers',
        locator: 'table (9.04.1938 – 3.11.2010)',
      },
      {
        source: 'alwasatnews-chernomyrdin',
        locator: 'Arabic name; died 3 November 2010',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'sergey-kiriyenko',
    name: {
      en: 'Sergey Kiriyenko',
      ar: 'سيرجي كيرينيكو',
      ru: 'Сергей Кириенко',
    },
    born: '1962-07-26',
    sources: [
      {
        source: 'britannica-kids-sergei-kiriyenko',
        locator: 'born July 26, 1962',
      },
      {
        source: 'fashionrebelsbook-russian-prime-ministers',
        locator: 'table (26.07.1962)',
      },
      {
        source: 'albayan-yeltsin-sacks-chernomyrdin',
        locator: 'Arabic name',
      },
      {
        source: 'gazeta-kiriyenko',
        locator:
          "Russian name: page heading and first sentence 'Российский политик и государственный деятель Сергей Кириенко родился 29 июля 1962 года'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'yevgeny-primakov',
    name: {
      en: 'Yevgeny Primakov',
      ar: 'يفغيني بريماكوف',
      ru: 'Евгений Максимович Примаков',
    },
    born: '1929-10-29',
    died: '2015-06-26',
    sources: [
      {
        source: 'archontology-primakov',
        locator: 'header (b. 29 Oct 1929)',
      },
      {
        source: 'fashionrebelsbook-russian-prime-ministers',
        locator: 'table (29.10.1929 – 26.06.2015)',
      },
      {
        source: 'skynewsarabia-primakov',
        locator: 'Arabic name',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'sergei-stepashin',
    name: {
      en: 'Sergei Stepashin',
      ar: 'سيرجي ستيباشين',
      ru: 'Сергей Вадимович Степашин',
    },
    born: '1952-03-02',
    sources: [
      {
        source: 'fashionrebelsbook-russian-prime-ministers',
        locator: 'table (2.03.1952)',
      },
      {
        source: 'dbw-premier-ministry-rossii',
        locator: 'Russian name',
      },
      {
        source: 'aljazirah-1999-stepashin',
        locator: 'Arabic name',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'mikhail-kasyanov',
    name: {
      en: 'Mikhail Kasyanov',
      ar: 'ميخائيل كاسيانوف',
      ru: 'Михаил Касьянов',
    },
    born: '1957-12-08',
    sources: [
      {
        source: 'kiddle-mikhail-kasyanov',
        locator: 'infobox',
      },
      {
        source: 'sauress-alhayat-kasyanov',
        locator: 'Arabic name',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'viktor-khristenko',
    name: {
      en: 'Viktor Khristenko',
      ar: 'فيكتور خريستنكو',
      ru: 'Виктор Борисович Христенко',
    },
    born: '1957-08-28',
    sources: [
      {
        source: 'wikipedia-de-christenko',
        locator: 'lead',
      },
      {
        source: 'sauress-alyaum-fradkov',
        locator: 'Arabic name',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'mikhail-fradkov',
    name: {
      en: 'Mikhail Fradkov',
      ar: 'ميخائيل فرادكوف',
      ru: 'Михаил Ефимович Фрадков',
    },
    born: '1950-09-01',
    sources: [
      {
        source: 'wikipedia-en-mikhail-fradkov',
        locator: 'lead and infobox',
      },
      {
        source: 'aljazirah-2004-fradkov',
        locator: 'Arabic name',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'viktor-zubkov',
    name: {
      en: 'Viktor Zubkov',
      ru: 'Виктор Зубков',
      ar: 'فيكتور زوبكوف',
    },
    born: '1941-09-15',
    sources: [
      {
        source: 'wikipedia-en-viktor-zubkov',
        locator: 'lead (born 15 September 1941)',
      },
      {
        source: 'thefamousbirthday-viktor-zubkov',
        locator: 'Russian name, birthday',
      },
      {
        source: 'aletihad-zubkov',
        locator: "Arabic name: first paragraph, 'بتعيين فيكتور زوبكوف رئيساً للوزراء'",
      },
      {
        source: 'gorodovoy-zubkov',
        locator: "Russian name: headline 'РФС может возглавить Виктор Зубков.'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'mikhail-mishustin',
    name: {
      en: 'Mikhail Mishustin',
      ar: 'ميخائيل ميشوستين',
      ru: 'Михаил Владимирович Мишустин',
    },
    born: '1966-03-03',
    sources: [
      {
        source: 'explorepedia-mikhail-mishustin',
        locator: 'lead and infobox',
      },
      {
        source: 'lebanontimes-mishustin',
        locator: 'Arabic name',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'said-ishaq',
    name: {
      en: 'Said Ishaq',
      ar: 'سعيد إسحق',
    },
    sources: [
      {
        source: 'sfuturem-said-ishaq',
        locator: 'name and career',
      },
      {
        source: 'syrmh-said-ishaq',
        locator: 'title and text',
      },
    ],
    confidence: 'verified',
    note: 'No Russian spelling found in the sources consulted; Russian-language charts show the English name.',
  },
  {
    id: 'nasuhi-al-bukhari',
    name: {
      en: 'Nasuhi al-Bukhari',
      ar: 'نصوحي البخاري',
    },
    sources: [
      {
        source: '3rabica-nasuhi-al-bukhari',
        locator: 'title',
      },
      {
        source: 'other-wiki-es-nasuhi-al-bukhari',
        locator: 'title',
      },
    ],
    confidence: 'verified',
    note: 'No Russian spelling found in the sources consulted; Russian-language charts show the English name.',
  },
  {
    id: 'alaeddin-al-durubi',
    name: {
      en: 'Alaeddin al-Durubi',
      ar: 'علاء الدين الدروبي',
      ru: 'Ала ад-Дин ад-Дуруби',
    },
    born: '1870',
    died: '1920-08-21',
    sources: [
      {
        source: 'wikimili-list-of-prime-ministers-of-syria',
        locator: "'Aladdin Al-Droubi'",
      },
      {
        source: 'defzone-ar-alaeddin-al-durubi',
        locator: 'infobox: born 1870 in Homs, died 21 August 1920 at Khirbet Ghazaleh',
      },
      {
        source: 'raseef22-durubi-assassination',
        locator: 'born in Homs in 1870; killed on 21 August 1920',
      },
      {
        source: 'wiki-org-ru-durubi-ala-ad-din',
        locator:
          "Russian name: infobox heading and lead ('Ала ад-Дин ад-Дуруби (араб. علاء الدين الدروبي, ум.1920) – сирийский государственный деятель'); infobox: Премьер-министр Сирии 26 июля 1920 — 20 августа 1920",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'lev-kamenev',
    name: {
      en: 'Lev Kamenev',
      ar: 'ليف كامينيف',
      ru: 'Лев Каменев',
    },
    sources: [
      {
        source: 'qaz-no-lev-kamenev',
        locator: 'title and infobox',
      },
      {
        source: 'bfjaawards-ar-lev-kamenev-britannica',
        locator: "Arabic name: page heading and first sentence ('ليف كامينيف، الاسم الاصلي ليف بوريسوفيتش روزنفيلد')",
      },
      {
        source: 'lerc-portraits-leaders-russia-20th-century',
        locator:
          "Russian name: article heading 'Лев Каменев' (Юрий Корчагин, 21.11.2009), followed by 'Каменев (наст. фам. Розенфельд) Лев Борисович (1883-36)'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'yakov-sverdlov',
    name: {
      en: 'Yakov Sverdlov',
      ar: 'ياكوف سفيردلوف',
      ru: 'Яков Свердлов',
    },
    sources: [
      {
        source: 'askwikinow-yakov-sverdlov',
        locator: 'title and infobox',
      },
      {
        source: 'defzone-ar-yakov-sverdlov',
        locator: "Arabic name: page title / infobox heading; lead gives full form 'ياكوف ميخائيلوفيتش سفيردلوف'",
      },
      {
        source: 'interesnyefakty-yakov-sverdlov',
        locator:
          "Russian name: page heading 'Яков Свердлов'; lead gives full form 'Яков Михайлович Свердлов (1885-1919)'",
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'mikhail-vladimirsky',
    name: {
      en: 'Mikhail Vladimirsky',
      ru: 'Михаил Владимирский',
    },
    sources: [
      {
        source: 'askwikinow-yakov-sverdlov',
        locator: 'infobox: successor as chairman',
      },
      {
        source: 'biojizn-mikhail-vladimirsky',
        locator:
          "Russian name: biography text: 'Михаил Владимирский родился 20 февраля (4 марта по новому стилю) 1874 года в Арзамасе'; lead also 'И.о. Председателя Всероссийского ЦИК (16 марта 1919 — 30 марта 1919)'",
      },
    ],
    confidence: 'verified',
    note: 'No Arabic spelling found in the sources consulted; Arabic-language charts show the English name.',
  },
  {
    id: 'oleg-lobov',
    name: {
      en: 'Oleg Lobov',
      ru: 'Олег Лобов',
    },
    sources: [
      {
        source: 'archontology-russia-heads-of-government-1991-1992',
        locator: 'functions devolved on Oleg Lobov',
      },
      {
        source: 'viman-oleg-lobov',
        locator:
          "Russian name: section 'Биография': 'В июле 1987 г. Олег Лобов был назначен на должность заместителя председателя Совета министров РСФСР'",
      },
    ],
    confidence: 'verified',
    note: 'No Arabic spelling found in the sources consulted; Arabic-language charts show the English name.',
  },
  {
    id: 'sergey-lavrov',
    name: {
      en: 'Sergey Lavrov',
      ar: 'سيرغي لافروف',
      ru: 'Сергей Лавров',
    },
    sources: [
      {
        source: 'asharq-now-moscow-damascus-2025',
        locator: "Arabic summary: 'سيرغي لافروف'",
      },
      {
        source: 'rbc-sharaa-vtoroy-vizit-2026',
        locator: "photo caption 'Сергей Лавров'",
      },
      {
        source: 'toledoblade-framework-2013',
        locator: 'Russian Foreign Minister Sergey Lavrov',
      },
      {
        source: 'aljazeera-encyclopedia-lavrov',
        locator: 'section المولد والنشأة (born 21 March 1950 in Moscow)',
      },
      {
        source: 'smi24-lavrov-75',
        locator: 'para. 1 (Сергей Викторович Лавров родился 21 марта 1950 года)',
      },
    ],
    confidence: 'verified',
    born: '1950-03-21',
    note: 'Full Russian name Сергей Викторович Лавров.',
  },
  {
    id: 'vitaly-churkin',
    name: {
      en: 'Vitaly Churkin',
      ru: 'Виталий Чуркин',
      ar: 'فيتالي تشوركين',
    },
    sources: [
      {
        source: 'sauress-anaween-unsc-veto-2011',
        locator: "'المندوب الروسي في مجلس الأمن فيتالي تشوركين'",
      },
      {
        source: 'voltairenet-spv-2011-10-04',
        locator: "photo caption 'Vitaly I. Churkin vetoes a Security Council resolution'",
      },
      {
        source: 'rg-ru-2017-umer-postpred-churkin',
        locator:
          'headline and text: died in New York on 20 February 2017, a day before turning 65; born 1952 in Moscow',
      },
      {
        source: 'ria-2017-guterres-churkin',
        locator: 'text: born 21 February 1952 in Moscow; died on Monday in New York on the eve of his 65th birthday',
      },
    ],
    confidence: 'verified',
    note: 'Russian Permanent Representative to the UN. No Russian spelling seen in the sources read.',
    born: '1952-02-21',
    died: '2017-02-20',
  },
  {
    id: 'valery-asapov',
    name: {
      en: 'Valery Asapov',
      ru: 'Валерий Асапов',
      ar: 'فاليري أسابوف',
    },
    sources: [
      {
        source: 'djazairess-elkhabar-asapov-2017',
        locator: "'الجنرال فاليري أسابوف'",
      },
      {
        source: 'southafricatoday-asapov-killed-2017',
        locator: "'Lt. Gen. Valery Asapov'",
      },
      {
        source: 'tvzvezda-2017-asapov',
        locator:
          'text: Lieutenant-General Valery Asapov, senior of the Russian military advisers, mortally wounded near Deir ez-Zor',
      },
      {
        source: 'meduza-2017-asapov',
        locator: 'text, citing the Russian defence ministry via TASS',
      },
    ],
    confidence: 'verified',
    note: "Lieutenant-general; commander of Russia's 5th Army (Middle East Press). No Russian spelling seen in the sources read; no birth date found.",
  },
  {
    id: 'murhaf-abu-qasra',
    name: {
      en: 'Murhaf Abu Qasra',
      ar: 'مرهف أبو قصرة',
      ru: 'Мурхаф Абу Касра',
    },
    sources: [
      {
        source: 'eremnews-abu-qasra-moscow-2025',
        locator: 'paragraph 1 (Arabic spelling)',
      },
      {
        source: 'gazeta-abu-kasra-evkurov-2025',
        locator: 'paragraph 1 (Russian spelling)',
      },
      {
        source: 'tass-abu-qasra-belousov-jul-2025',
        locator: 'paragraph 1 (defence minister of the transitional government)',
      },
    ],
    confidence: 'verified',
    note: "Defence Minister of Syria's transitional government from 2025. No birth date in the sources read.",
  },
  {
    id: 'yusuf-zuayyin',
    name: {
      en: 'Yusuf Zuayyin',
      ar: 'يوسف زعين',
      ru: 'Юсуф Зуэйин',
    },
    born: '1931',
    died: '2016-01',
    sources: [
      {
        source: 'zxc-de-yusuf-zuayyin',
        locator: 'lead (Arabic spelling; born 1931 in Abu Kamal; died 10 January 2016 in Stockholm; PM twice 1965–68)',
      },
      {
        source: 'deirezzor24-yusuf-zuayyin-dies',
        locator: 'whole item (born 1931; PM 1966–1968; died in Sweden)',
      },
      {
        source: 'damapedia-yusuf-zuayyin',
        locator: 'lead (25 January 1931 – 25 January 2016)',
      },
      {
        source: 'algardenia-2016-yusuf-zuayyin',
        locator: 'text: died today, Monday 11/1/2016, in Stockholm',
      },
      {
        source: 'wikiorg-ru-zueyin-yusuf',
        locator: 'title «Зуэйин, Юсуф»; lead: «Юсуф Зуэйин (араб. يوسف زعين) — сирийский государственный деятель»',
      },
    ],
    confidence: 'disputed',
    note: 'Birth year agreed by both sources; exact death date only in the Wikipedia mirrors.',
    conflicts: [
      {
        field: 'died',
        value: '2016-01-10',
        sources: [
          {
            source: 'zxc-de-yusuf-zuayyin',
            locator: 'lead',
          },
          {
            source: 'wikiorg-ru-zueyin-yusuf',
            locator: 'infobox: «Смерть: 10 января 2016 … Стокгольм, Швеция»',
          },
        ],
      },
      {
        field: 'died',
        value: '2016-01-11',
        sources: [
          {
            source: 'algardenia-2016-yusuf-zuayyin',
            locator: 'text (dated 11 January 2016)',
          },
        ],
      },
      {
        field: 'died',
        value: '2016-01-25',
        sources: [
          {
            source: 'damapedia-yusuf-zuayyin',
            locator: 'lead',
          },
        ],
        note: 'Damapedia gives 25 January for both his birth and his death.',
      },
    ],
  },
  {
    id: 'mustafa-tlass',
    name: {
      en: 'Mustafa Tlass',
      ar: 'مصطفى طلاس',
      ru: 'Мустафа Тлас',
    },
    born: '1932-05-11',
    died: '2017-06-27',
    sources: [
      {
        source: 'wikisum-mustafa-tlass',
        locator: 'lead (Arabic مصطفى عبد القادر طلاس; 11 May 1932 – 27 June 2017)',
      },
      {
        source: 'encyclopedia-com-tlas-mustafa',
        locator: 'para. 1 (born May 1932 at Rastan)',
      },
      {
        source: 'nessma-tlass-death-2017',
        locator: 'paras. 1 and 4 (died Tuesday 27 June 2017 in Paris; born 1932 in Rastan)',
      },
      {
        source: 'reuters-tlass-dies-2017',
        locator: 'dateline 27 June 2017 (died in Paris on Tuesday aged 85)',
      },
      {
        source: 'kommersant-tlas-died-2017',
        locator: 'paras. 1–2 (Russian spelling Мустафа Тлас; died aged 85)',
      },
      {
        source: 'snacksyrian-tlass',
        locator: 'para. 1 (born 11 May 1933; died 27 June 2017)',
      },
    ],
    confidence: 'verified',
    note: 'Snack Syrian gives the birth year as 1933 (11 May 1933); Wikisum, Encyclopedia.com and Nessma give 1932. Full Arabic name مصطفى عبد القادر طلاس.',
  },
  {
    id: 'walid-muallem',
    name: {
      en: 'Walid al-Muallem',
      ar: 'وليد المعلم',
      ru: 'Валид Муаллем',
    },
    born: '1941',
    died: '2020-11-16',
    sources: [
      {
        source: 'indiemaj-muallem-death',
        locator: 'paras. 1 and 3 (died Monday 16 November 2020; born in Damascus in 1941)',
      },
      {
        source: 'attounisia-muallem-death',
        locator: 'para. 1 (death announced on 16 November 2020, aged 79)',
      },
      {
        source: 'capital-ua-muallem-death',
        locator: 'last para. (Валид Муаллем родился 17 июля 1941 года в Дамаске)',
      },
      {
        source: 'gazeta-muallem-death',
        locator: 'para. 1 (Russian spelling Валид Муаллем)',
      },
      {
        source: 'urdupoint-muallem-factbox',
        locator: 'factbox (born January 13, 1941; died November 16, 2020)',
      },
      {
        source: 'ycnews-muallem-death',
        locator: 'para. 4 (born in Damascus in July 1941)',
      },
    ],
    confidence: 'verified',
    note: 'Birth year 1941 is agreed; the full birth date conflicts: 17 July 1941 (Capital.ua), 13 January 1941 (UrduPoint/Sputnik factbox), July 1941 (YCNews). Recorded at year precision only.',
  },
  {
    id: 'farouk-al-sharaa',
    name: {
      en: 'Farouk al-Sharaa',
      ar: 'فاروق الشرع',
      ru: 'Фарук Шараа',
    },
    born: '1938-12-10',
    sources: [
      {
        source: 'wikipedia-ar-farouk-al-sharaa',
        locator: 'lead (10 ديسمبر 1938; born in Daraa)',
      },
      {
        source: 'ajnet-encyclopedia-farouk-al-sharaa',
        locator: 'section المولد والنشأة (born 10 December 1938 in Daraa)',
      },
      {
        source: 'rin-syria-government-reshuffle-2006',
        locator: 'para. 2 (Russian spelling Фарук Шараа, citing RIA Novosti)',
      },
      {
        source: 'verify-sy-sharaa-death-rumour-2024',
        locator: 'whole item (July 2024 report of his death found to be unconfirmed; family denial)',
      },
      {
        source: '963media-sharaa',
        locator: 'para. 1 (says the Syrian presidency mourned him at about 83; undated, unconfirmed)',
      },
    ],
    confidence: 'verified',
    note: "No death date recorded: a July 2024 death report was denied (Verify-Sy, citing a family member's denial); a 963media item claims the presidency mourned him at about 83 but is undated and not corroborated by anything read.",
  },
  {
    id: 'faisal-mekdad',
    name: {
      en: 'Faisal Mekdad',
      ar: 'فيصل المقداد',
      ru: 'Фейсал Микдад',
    },
    born: '1954',
    sources: [
      {
        source: 'al-ain-mekdad-2020',
        locator: 'para. 4 (born 1954 in Ghasm, Daraa governorate)',
      },
      {
        source: 'marefa-faisal-mekdad',
        locator: 'infobox (وُلِد 1954، غصم)',
      },
      {
        source: 'wafarin-feisal-mikdad',
        locator: 'lead (Фе́йсал аль-Микда́д, род. 5 февраля 1954)',
      },
    ],
    confidence: 'verified',
    note: 'The Russian Wikipedia mirror gives 5 February 1954; only the year is confirmed by a second source. Russian also printed as Фейсал аль-Микдад.',
  },
  {
    id: 'sergei-shoigu',
    name: {
      en: 'Sergei Shoigu',
      ar: 'سيرغي شويغو',
      ru: 'Сергей Шойгу',
    },
    born: '1955-05-21',
    sources: [
      {
        source: 'aljazeera-encyclopedia-shoigu',
        locator: 'section المولد والنشأة (born 21 May 1955; Arabic سيرغي كوجوغيتوفيتش شويغو)',
      },
      {
        source: 'mirtesen-shoigu-biography',
        locator: 'header (Дата рождения: 21 мая 1955 года; Чадан)',
      },
      {
        source: 'kurir-shoigu-66',
        locator: 'para. 2 (born 21 May 1955 in Chadan, citing RBC)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'eduard-shevardnadze',
    name: {
      en: 'Eduard Shevardnadze',
      ar: 'إدوارد شيفاردنادزه',
      ru: 'Эдуард Шеварднадзе',
    },
    born: '1928-01-25',
    died: '2014-07-07',
    sources: [
      {
        source: 'alhayat-shevardnadze-death',
        locator: 'para. 1 (Arabic spelling ادوارد شيفاردنادزه; died aged 86)',
      },
      {
        source: 'glavcom-shevardnadze-died-2014',
        locator: 'dateline 7 July 2014 (died today in Tbilisi; born 25 January 1928)',
      },
      {
        source: 'euroradio-shevardnadze-dies-2014',
        locator: 'paras. 1–2 (died on July 7; born January 25, 1928)',
      },
    ],
    confidence: 'verified',
    note: 'Other Arabic pages read spell the name شيفردنادزه or شيفرنادزه.',
  },
  {
    id: 'andrei-grechko',
    name: {
      en: 'Andrei Grechko',
      ar: 'أندريه أنتونوفيتش جريتشكو',
      ru: 'Андрей Антонович Гречко',
    },
    born: '1903-10-17',
    died: '1976-04-26',
    sources: [
      {
        source: 'rus-team-grechko',
        locator: 'para. 2 (Андрей Гречко родился 17 октября 1903 года)',
      },
      {
        source: 'vit-vladimir-grechko',
        locator: 'para. 1 (died suddenly at his dacha on April 26, 1976; born October 1903)',
      },
      {
        source: 'wikipedia-en-andrei-grechko',
        locator: 'infobox (Birth Date 1903-10-04 [Old Style]; term as Defence Minister ended 26 April 1976)',
      },
      {
        source: 'copts-united-sadat-grechko-1972',
        locator: 'para. 2 (Arabic surname المارشال "جريتشكو")',
      },
      {
        source: 'ww2facts-ar-grechko',
        locator: 'heading (full Arabic name أندريه أنتونوفيتش جريتشكو; born 1903)',
      },
    ],
    confidence: 'verified',
    note: "17 October 1903 is New Style; English Wikipedia's infobox gives the Old Style date 4 October 1903. The full Arabic name comes from a machine-translated page; the genuine Arabic news page read prints only the surname جريتشكو.",
  },
  {
    id: 'pavel-kutakhov',
    name: {
      en: 'Pavel Kutakhov',
      ru: 'Павел Степанович Кутахов',
    },
    born: '1914-08-16',
    died: '1984-12-03',
    sources: [
      {
        source: 'wiki-org-ru-kutakhov',
        locator: 'infobox (3 августа (16 августа) 1914 – 3 декабря 1984)',
      },
      {
        source: 'cyclowiki-kutakhov',
        locator: 'infobox (16 августа 1914 года – 3 декабря 1984 года)',
      },
      {
        source: 'amr001-kutakhov',
        locator: 'para. 2 (16 августа 1914 года (3 августа по старому стилю) родился)',
      },
      {
        source: 'vslovar-bes-kutakhov',
        locator: 'entry (1914-84)',
      },
    ],
    confidence: 'verified',
    note: 'No Arabic spelling found in the sources read. One Arabic search returned no page naming him.',
  },
  {
    id: 'heydar-aliyev',
    name: {
      en: 'Heydar Aliyev',
      ar: 'حيدر علييف',
      ru: 'Гейдар Алиев',
    },
    born: '1923-05-10',
    died: '2003-12-12',
    sources: [
      {
        source: 'wikipedia-ar-heydar-aliyev',
        locator: 'infobox (الميلاد 10 مايو 1923؛ الوفاة 13 ديسمبر 2003، كليفلاند)',
      },
      {
        source: 'wrgat-heydar-aliyev',
        locator: 'section حيدر علييف (10 مايو 1923 – 12 ديسمبر 2003)',
      },
      {
        source: 'report-az-aliyev-94th-anniversary',
        locator: 'para. 3 (born May 10, 1923; died December 12, 2003 at the Cleveland Clinic)',
      },
      {
        source: 'wikireading-aliyev',
        locator: 'heading (АЛИЕВ Гейдар Алиевич (10.05.1923))',
      },
      {
        source: 'fdnj-aliyev',
        locator: 'para. 1 (Гейдар Алиев … Родился 10 мая 1923 года)',
      },
    ],
    confidence: 'verified',
    note: "Arabic Wikipedia's infobox gives 13 December 2003; Report.az and wrgat.com give 12 December 2003 (he died at the Cleveland Clinic, USA).",
  },
  {
    id: 'hikmat-al-shihabi',
    name: {
      en: 'Hikmat al-Shihabi',
      ar: 'حكمت الشهابي',
    },
    born: '1931',
    died: '2013-03-05',
    sources: [
      {
        source: 'aljaml-shihabi-death-2013',
        locator: "dated 06-03-2013, para. 1–2 (Syria mourned him 'yesterday'; born 1931 in al-Bab)",
      },
      {
        source: 'syriantelegraph-shihabi-death',
        locator: 'para. 2 (born in al-Bab, Aleppo countryside, in 1931; died aged 82)',
      },
      {
        source: 'xcv-fr-hikmat-al-shihabi',
        locator: 'lead (8 janvier 1931 – 5 mars 2013)',
      },
    ],
    confidence: 'verified',
    note: 'No Russian spelling found in the sources read. The French Wikipedia mirror is internally inconsistent on the birth date (lead 8 January 1931, infobox 1 July 1931); recorded at year precision. One Russian search found no page naming him.',
  },
  {
    id: 'igor-sergeyev',
    name: {
      en: 'Igor Sergeyev',
      ru: 'Игорь Дмитриевич Сергеев',
      ar: 'ايغور سيرغييف',
    },
    born: '1938-04-20',
    died: '2006-11-10',
    sources: [
      {
        source: 'rosbalt-sergeyev-died-2006',
        locator: 'dated 10 November 2006 (died today; born 20 April 1938)',
      },
      {
        source: 'rbc-sergeyev-died-2006',
        locator: 'para. 1 (born 20 April 1938)',
      },
      {
        source: 'piglix-igor-sergeyev',
        locator: 'infobox (20 April 1938 — 10 November 2006)',
      },
      {
        source: 'alhayat-sergeyev-cairo-after-damascus',
        locator: 'para. 1: «وزير الدفاع الروسي الماريشال ايغور سيرغييف»',
      },
    ],
    confidence: 'verified',
    note: 'Arabic form as Al-Hayat prints it (first name without hamza).',
  },
  {
    id: 'gennady-seleznyov',
    name: {
      en: 'Gennady Seleznyov',
      ar: 'غينادي سيليزنيف',
      ru: 'Геннадий Николаевич Селезнёв',
    },
    born: '1947-11-06',
    died: '2015-07-19',
    sources: [
      {
        source: 'aif-seleznyov',
        locator: 'dossier (Геннадий Николаевич Селезнёв родился 6 ноября 1947 года; died Sunday evening)',
      },
      {
        source: 'ug-seleznyov-obituary',
        locator: 'para. 1 (6 ноября 1947 года – 19 июля 2015 года)',
      },
      {
        source: 'interfax-seleznyov-died-2015',
        locator: 'dateline 19 July (died late on Sunday in Moscow)',
      },
      {
        source: 'wikipedia-en-gennadiy-seleznyov',
        locator: 'lead (6 November 1947 – 19 July 2015)',
      },
      {
        source: 'arabictrader-seleznyov-death',
        locator: 'para. 1 (Arabic spelling غينادي سيليزنيف)',
      },
    ],
    confidence: 'verified',
    note: 'The Arabic spelling comes from a forum repost of a news report.',
  },
  {
    id: 'akram-al-hourani',
    name: {
      en: 'Akram al-Hourani',
      ar: 'أكرم الحوراني',
      ru: 'Акрам аль-Хаурани',
    },
    died: '1996-02',
    sources: [
      {
        source: 'copts-united-hourani-death',
        locator: "paras. 1–2 (died in exile 23 February 1996; born in Hama 'عام 1912' and 'عام 1911'; died in Amman)",
      },
      {
        source: 'akramhowrani-com-biography',
        locator: 'last para. (died in Amman on February 24, 1996)',
      },
      {
        source: 'britannica-akram-al-hawrani',
        locator: 'lead (born 1910, Hamah; died 1996, Amman)',
      },
      {
        source: 'wiki-org-ru-khaurani',
        locator: 'lead (Акрам аль-Хаурани; 1912 (по другим данным — 1911 или 1910) — 1996)',
      },
    ],
    confidence: 'verified',
    note: 'Birth year disputed (1910 Britannica; 1911 or 1912 in the Arabic and Russian pages), so no birth date is recorded. Day of death disputed: 23 February 1996 (copts-united.com) vs 24 February 1996 (akramhowrani.com).',
  },
  {
    id: 'anwar-sadat',
    name: {
      en: 'Anwar Sadat',
      ar: 'محمد أنور السادات',
      ru: 'Анвар ас-Садат',
    },
    born: '1918-12-25',
    died: '1981-10-06',
    sources: [
      {
        source: 'elbadil-sadat-profile',
        locator: 'para. 1 (born 25 December 1918 in Mit Abu al-Kum; killed 6 October 1981)',
      },
      {
        source: 'bibalex-sadat',
        locator: 'para. 1 (ولد محمد أنور السادات في ٢٥ ديسمبر ١٩١٨)',
      },
      {
        source: 'wikipedia-ru-anwar-sadat',
        locator: 'infobox (Анвар ас-Садат; president 15 October 1970 – 6 October 1981)',
      },
    ],
    confidence: 'verified',
    note: "Russian Wikipedia's article title is 'Садат, Анвар'.",
  },
  {
    id: 'dmitri-shepilov',
    name: {
      en: 'Dmitri Shepilov',
      ar: 'ديمتري شيبيلوف',
      ru: 'Дмитрий Трофимович Шепилов',
    },
    born: '1905-11-05',
    died: '1995-08-18',
    sources: [
      {
        source: 'wikipedia-ru-shepilov',
        locator: 'infobox (Рождение 23 октября (5 ноября) 1905; Смерть 18 августа 1995)',
      },
      {
        source: 'kontinentusa-shepilov',
        locator: 'para. 4 (Дмитрий Шепилов (1905-1995))',
      },
      {
        source: 'istifaga-shepilov',
        locator: 'heading/para. 1 (Arabic spelling ديمتري شيبيلوف)',
      },
    ],
    confidence: 'verified',
    note: '5 November 1905 is New Style (23 October Old Style). The Arabic page that prints the name is unreliable on biographical facts (wrong birthplace); used for the spelling only.',
  },
  {
    id: 'nikolai-novikov',
    name: {
      en: 'Nikolai Novikov',
      ar: 'نيكولاي نوفيكوف',
      ru: 'Николай Васильевич Новиков',
    },
    born: '1903',
    died: '1989',
    sources: [
      {
        source: 'sciup-novikov-biography',
        locator: 'abstract (Николая Васильевича Новикова (1903-1989))',
      },
      {
        source: 'yaneuch-novikov',
        locator: 'paras. 1–2 (ambassador Николай Васильевич Новиков; dates 1903 – 1989)',
      },
      {
        source: 'novikov-memoir-phmdvy-mission-syria-2',
        locator: "chapter 'Миссия в Сирию' (his own account of the 1944 mission to Damascus)",
      },
      {
        source: 'syria-press-syrian-russian-relations',
        locator: 'para. 1 (Arabic spelling نيكولاي نوفيكوف; 1944 visit to Damascus)',
      },
    ],
    confidence: 'verified',
    note: 'The Syria Press page wrongly calls him Soviet foreign minister; it is used for the Arabic spelling only.',
  },
  {
    id: 'ali-abdullah-ayyoub',
    name: {
      en: 'Ali Abdullah Ayyoub',
      ar: 'علي عبد الله أيوب',
      ru: 'Али Абдулла Айюб',
    },
    born: '1952-04-28',
    sources: [
      {
        source: 'elbalad-ayyoub-2018',
        locator: 'para. 4 (ولد أيوب في مدينة اللاذقية بتاريخ 28 أبريل 1952)',
      },
      {
        source: 'wikipedia-pt-ayyoub-proxy',
        locator: 'infobox (Nascimento 28 de abril de 1952, Lataquia)',
      },
      {
        source: 'elaph-new-defence-minister-2018',
        locator: 'para. 5 (born 1952 in Latakia, per the Syrian defence ministry website)',
      },
      {
        source: 'alsouria-ayyoub-sanctions',
        locator: 'section من هو أيوب (born April 1954; also cites US Treasury: born 1952)',
      },
      {
        source: 'gordonua-new-defence-minister-2018',
        locator: 'para. 2 (Russian spelling Али Абдулла Айюб)',
      },
    ],
    confidence: 'verified',
    note: "Al-Souria.net gives April 1954 in its profile while citing the US Treasury's 1952.",
  },
  {
    id: 'fahd-jassem-al-freij',
    name: {
      en: 'Fahd Jassem al-Freij',
      ar: 'فهد جاسم الفريج',
      ru: 'Фахед Аль-Фрейдж',
    },
    born: '1950-01-01',
    sources: [
      {
        source: 'aljazeera-encyclopedia-fahd-al-freij',
        locator: 'section المولد والنشأة (born 1 January 1950 in al-Rahjan, Hama)',
      },
      {
        source: 'aawsat-freij-2012',
        locator: 'para. 1 (SANA biography: born 1 January 1950; an FSA officer claims 1947)',
      },
      {
        source: 'wiki-li-de-freij',
        locator: 'lead (* 1. Januar 1950 in Rahdschan bei Hama)',
      },
      {
        source: 'eadaily-freij-homs-2016',
        locator: "para. 2 (Russian spelling 'министр обороны Фахед Аль-Фрейдж')",
      },
    ],
    confidence: 'verified',
    note: "A Free Syrian Army source quoted by Asharq Al-Awsat claims he was born in 1947 and the date was falsified. Other Russian forms seen: 'Фахда Джасема аль-Фрейджа' (genitive, Gordon).",
  },
  {
    id: 'asaad-al-shaibani',
    name: {
      en: 'Asaad al-Shaibani',
      ar: 'أسعد حسن الشيباني',
      ru: 'Асад Хасан аш-Шибани',
    },
    born: '1987',
    sources: [
      {
        source: 'blinx-shaibani-2024',
        locator: 'last para. (born 1987 in al-Hasakah governorate)',
      },
      {
        source: 'tesaaworld-shaibani',
        locator: 'para. 1 (born 1987 in al-Hasakah)',
      },
      {
        source: 'ru24-shibani-2024',
        locator: 'headline (Асад Хасан аш-Шибани, citing RIA Novosti/SANA)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'mikhail-bogdanov',
    name: {
      en: 'Mikhail Bogdanov',
      ar: 'ميخائيل بوغدانوف',
      ru: 'Михаил Богданов',
    },
    born: '1952',
    sources: [
      {
        source: 'daily8-bogdanov',
        locator: 'section المولد والنشأة (born 2 March 1952 in Moscow)',
      },
      {
        source: 'yemeniwindows-bogdanov-2025',
        locator: 'para. 2 (من مواليد عام 1952)',
      },
      {
        source: 'bfm-bogdanov-2012',
        locator: 'para. 1 (Russian spelling Михаил Богданов)',
      },
      {
        source: 'amic-bogdanov-dismissed-2025',
        locator: 'para. 2 (decree text: Богданова Михаила Леонидовича)',
      },
    ],
    confidence: 'verified',
    note: "Day and month (2 March) from one source only. Full Russian name Михаил Леонидович Богданов (genitive 'Богданова Михаила Леонидовича' in the decree text quoted by Amitel).",
  },
  {
    id: 'alexander-novak',
    name: {
      en: 'Alexander Novak',
      ar: 'ألكسندر نوفاك',
      ru: 'Александр Валентинович Новак',
    },
    born: '1971-08-23',
    sources: [
      {
        source: 'news-mail-novak',
        locator: 'section Дата и место рождения (born 23 August 1971 in Avdeevka)',
      },
      {
        source: 'ria24-novak-2020',
        locator: 'last para. (Александр Новак родился 23 августа 1971 года)',
      },
      {
        source: 'shorouknews-novak-2025',
        locator: 'para. 1 (Arabic spelling ألكسندر نوفاك)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'yuri-borisov',
    name: {
      en: 'Yuri Borisov',
      ar: 'يوري بوريسوف',
      ru: 'Юрий Иванович Борисов',
    },
    born: '1956-12-31',
    sources: [
      {
        source: 'alsouria-borisov',
        locator: 'section من هو بوريسوف (born 31 December 1956 in Vyshny Volochyok)',
      },
      {
        source: '5tv-borisov-roscosmos',
        locator: 'section Образование (Юрий Иванович родился 31 декабря 1956 года)',
      },
      {
        source: 'vedomosti-borisov',
        locator: 'para. 2 (born 31 December 1956)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'alexander-lavrentiev',
    name: {
      en: 'Alexander Lavrentiev',
      ar: 'ألكسندر لافرنتييف',
      ru: 'Александр Лаврентьев',
    },
    sources: [
      {
        source: 'shorouk-lavrentiev-assad',
        locator: 'para. 1 (Arabic spelling; special envoy of the Russian president to Syria)',
      },
      {
        source: 'rg-lavrentiev-2015',
        locator: 'para. 1 (Russian spelling; presidential special envoy for Syria)',
      },
      {
        source: 'ria-lavrentiev-sochi-2018',
        locator: 'para. 1 (special presidential representative for Syria)',
      },
    ],
    confidence: 'reported',
    note: 'No birth date found in the sources read.',
  },
  {
    id: 'viktor-kulikov',
    name: {
      en: 'Viktor Kulikov',
      ru: 'Виктор Георгиевич Куликов',
    },
    born: '1921-07-05',
    died: '2013-05-28',
    sources: [
      {
        source: 'megabook-kulikov',
        locator: 'lead (5 июля 1921 – 28 мая 2013, Москва)',
      },
      {
        source: 'asfera-kulikov-died-2013',
        locator: 'paras. 1 and 3 (died in the night of 28 May; born 5 July 1921, citing RIA Novosti)',
      },
      {
        source: 'epitafii-kulikov',
        locator: 'header (родился 5 июля 1921, умер 27 мая 2013)',
      },
    ],
    confidence: 'verified',
    note: 'No Arabic spelling found in the sources read. epitafii.ru gives 27 May 2013 as the date of death. One Arabic search returned no page naming him.',
  },
  {
    id: 'alexander-pokryshkin',
    name: {
      en: 'Alexander Pokryshkin',
      ar: 'ألكسندر إيفانوفيتش بوكريشكين',
      ru: 'Александр Иванович Покрышкин',
    },
    born: '1913-03-06',
    died: '1985-11-13',
    sources: [
      {
        source: 'idemvmuzei-pokryshkin',
        locator: 'facts box (Date of birth 06 March 1913; Date of death 13 November 1985)',
      },
      {
        source: 'alafdal-pokryshkin',
        locator: 'para. 1 (Arabic name; born 6 March 1913, died 13 November 1985)',
      },
      {
        source: 'm24-pokryshkin-100',
        locator: 'para. 1 (born on 6 March; item of 6 March 2013)',
      },
      {
        source: 'placenote-pokryshkin',
        locator: "lead ('6 [19] марта 1913 года … 13 ноября 1985 года')",
      },
      {
        source: 'russiangiant-pokryshkin',
        locator: 'para. 1 (родился 19 марта 1913 года)',
      },
    ],
    confidence: 'verified',
    note: "Birth day conflicts: 6 March 1913 (idemvmuzei, M24, Arabic forum) vs 19 March 1913 (russiangiant.ru); placenote.info prints '6 [19] марта', i.e. an Old/New Style ambiguity. The Arabic spelling comes from a forum post.",
  },
  {
    id: 'sergei-shmatko',
    name: {
      en: 'Sergei Shmatko',
      ru: 'Сергей Иванович Шматко',
      ar: 'سيرغي شماتكو',
    },
    born: '1966-09-26',
    died: '2021-11-07',
    sources: [
      {
        source: 'neftegaz-shmatko-died-2021',
        locator: 'last para. (С. Шматко родился 26 сентября 1966 г. в Ставрополе); dateline 8 Nov',
      },
      {
        source: 'novostienergetiki-shmatko-2021',
        locator: 'para. 1 (died 7 November aged 55)',
      },
      {
        source: 'wikizero-de-shmatko',
        locator: 'lead (* 26. September 1966 in Stawropol; † 7. November 2021)',
      },
      {
        source: 'sauress-alhayat-upi-shmatko-baghdad',
        locator: 'paragraph 1 (Arabic name: وزير الطاقة الروسي سيرغي شماتكو)',
      },
      {
        source: 'iraqhurr-shmatko-baghdad-visit',
        locator: 'photo caption and paragraph 1 (Arabic name)',
      },
    ],
    confidence: 'verified',
    note: 'EFE’s Arabic service (read via investing.com) writes سيرجي شماتكو.',
  },
  {
    id: 'dmitry-rogozin',
    name: {
      en: 'Dmitry Rogozin',
      ru: 'Дмитрий Рогозин',
      ar: 'ديمتري روغوزين',
    },
    sources: [
      {
        source: 'sana-ru-commission-sochi-opens-2017',
        locator: 'paragraph 1 (заместитель председателя правительства Российской Федерации Дмитрий Рогозин)',
      },
      {
        source: 'sochinews-commission-ended-sochi-2014',
        locator: 'paragraph 1 (Вице-премьер РФ Дмитрий Рогозин)',
      },
      {
        source: 'interfax-rogozin-talks-damascus-assad-2016',
        locator: 'headline and paragraph 1 (Vice-Premier Dmitry Rogozin)',
      },
      {
        source: 'allnewstoday-sana-assad-rogozin-2016',
        locator: 'paragraph 1',
      },
      {
        source: 'humanvoice-rogozin-assad-energy',
        locator: 'para. 1: «نائب رئيس الوزراء الروسي، ديمتري روغوزين»',
      },
      {
        source: 'honasouria-rogozin-economic-committee',
        locator: 'para. 2: «نائب رئيس الحكومة الروسية ديمتري روغوزين»',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'vyacheslav-gladkikh',
    name: {
      en: 'Vyacheslav Gladkikh',
      ru: 'Вячеслав Гладких',
      ar: 'فياتشيسلاف جلادكيخ',
    },
    died: '2020-08',
    sources: [
      {
        source: 'novayagazeta-generaly-v-pustyne-2020',
        locator: 'paragraph 1',
      },
      {
        source: 'rbc-general-pogib-deir-ez-zor-2020',
        locator: 'paragraphs 1–4',
      },
      {
        source: 'enabbaladi-russian-general-killed-deir-ez-zor-2020',
        locator: 'para. 4: «الجنرال الروسي فياتشيسلاف جلادكيخ»',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'alexander-prokhorenko',
    name: {
      en: 'Alexander Prokhorenko',
      ru: 'Александр Александрович Прохоренко',
      ar: 'ألكسندر بروخورينكو',
    },
    born: '1990-06-22',
    died: '2016-03-17',
    sources: [
      {
        source: 'lifenews-telo-prokhorenko-2016',
        locator: 'paragraph 2 (died 17 March)',
      },
      {
        source: 'vedomosti-imya-pogibshego-spetsnazovtsa-2016',
        locator: 'paragraphs 1–3',
      },
      {
        source: 'wikiorg-prokhorenko-aleksandr',
        locator: 'infobox (born 22 June 1990, died 17 March 2016)',
      },
      {
        source: 'areq-ar-alexander-prokhorenko',
        locator: 'title and lead: «ألكسندر ألكسندروفيتش بروخورينكو»',
      },
      {
        source: 'enabbaladi-prokhorenko-funeral-2016',
        locator: 'para. 1: «الضابط الروسي ألكسندر بروخورينكو»',
      },
      {
        source: 'zamanalwsl-prokhorenko-palmyra-school',
        locator: 'paras. 3–4: «ألكسندر ألكسندروفيتش بروخورينكو»',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'andrei-kozyrev',
    name: {
      en: 'Andrei Kozyrev',
      ru: 'Андрей Козырев',
      ar: 'أندري كوزيريف',
    },
    sources: [
      {
        source: 'hina-1994-11-01-kozyrev-damascus',
        locator: "paragraph 1 ('Andrej Kozirev')",
      },
      {
        source: 'profilpelajar-ar-andrei-kozyrev',
        locator: 'title and lead: «أندري فلاديميروفيتش كوزيريف»',
      },
    ],
    confidence: 'reported',
    note: 'Russian Foreign Minister 1990–1996.',
  },
  {
    id: 'alexander-bessmertnykh',
    name: {
      en: 'Alexander Bessmertnykh',
      ru: 'Александр Бессмертных',
    },
    sources: [
      {
        source: 'jta-1991-05-15-soviet-soften-up-syria',
        locator: "paragraph 2 ('Foreign Minister Alexander Bessmertnykh')",
      },
    ],
    confidence: 'reported',
    note: 'Soviet Foreign Minister January–August 1991. No Arabic spelling found in the sources read.',
  },
  {
    id: 'viktor-posuvalyuk',
    name: {
      en: 'Viktor Posuvalyuk',
      ar: 'فيكتور بوسوفاليوك',
      ru: 'Виктор Посувалюк',
    },
    sources: [
      {
        source: 'alhayat-posuvalyuk-leaves-damascus-1998',
        locator: "paragraph 1 ('المبعوث الروسي فيكتور بوسوفاليوك')",
      },
    ],
    confidence: 'reported',
    note: 'Russian Deputy Foreign Minister and presidential envoy for the Middle East peace process in the 1990s; the Russian spelling is the standard one for his surname.',
  },
  {
    id: 'sergei-ryabkov',
    name: {
      en: 'Sergei Ryabkov',
      ar: 'سيرغي ريابكوف',
      ru: 'Сергей Рябков',
    },
    sources: [
      {
        source: 'sauress-alhayat-ryabkov-damascus-2013',
        locator: 'paragraph 1 (Arabic spelling; Deputy Foreign Minister)',
      },
      {
        source: 'toledoblade-ap-syria-gives-russia-cw-evidence-2013',
        locator: 'paragraph 3 (Deputy Foreign Minister Sergei Ryabkov)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'bouthaina-shaaban',
    name: {
      en: 'Bouthaina Shaaban',
      ar: 'بثينة شعبان',
      ru: 'Бусейна Шаабан',
    },
    sources: [
      {
        source: 'almanar-archive-shaaban-moscow-2011',
        locator: 'paragraph 1 (presidential adviser Dr Bouthaina Shaaban)',
      },
      {
        source: 'voltairenet-assafir-shaaban-moscow-2006',
        locator: 'paragraph 1 (Minister of Expatriates)',
      },
      {
        source: 'inosmi-shaaban-almayadeen-2018',
        locator: 'paras. 1–3: «д-р Бусейна Шаабан», adviser to the Syrian president',
      },
      {
        source: 'rt-ru-shaaban-interview',
        locator: 'headline: «советника президента Сирии Бутаины Шаабан» (first name spelled Бутаина)',
      },
    ],
    confidence: 'verified',
    note: "RT's Russian service spells her first name Бутаина.",
  },
  {
    id: 'valery-gerasimov',
    name: {
      en: 'Valery Gerasimov',
      ar: 'فاليري غيراسيموف',
      ru: 'Валерий Герасимов',
    },
    sources: [
      {
        source: 'peopledaily-ar-assad-hmeimim-gerasimov-2017',
        locator: 'paragraph 2 (Arabic spelling; chief of the Russian General Staff)',
      },
      {
        source: 'uawire-syrian-president-visited-russian-airbase-2017',
        locator: 'paragraph 1',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'dmitry-sablin',
    name: {
      en: 'Dmitry Sablin',
      ar: 'دميتري سابلين',
      ru: 'Дмитрий Саблин',
    },
    sources: [
      {
        source: 'masress-elmogaz-sablin-election-monitors-2014',
        locator: 'paragraph 1 (Arabic spelling; member of the Federation Council)',
      },
      {
        source: 'armenpress-duma-lawmakers-arrive-syria-2017',
        locator: 'paragraph 2 (coordinator of the parliamentary friendship group with Syria)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'hammouda-sabbagh',
    name: {
      en: 'Hammouda Sabbagh',
      ar: 'حموده صباغ',
      ru: 'Хаммуда Сабаг',
    },
    sources: [
      {
        source: 'sana-sabbagh-sablin-2018',
        locator: "paragraph 1 (Speaker of the People's Assembly)",
      },
      {
        source: 'parliament-sy-sabbagh-meets-russian-delegation-2018',
        locator: 'headline',
      },
      {
        source: 'ria24-assad-wins-2021-election',
        locator: 'paras. 1–2: «председателя Народного Совета … Хаммуды Сабага», «Хаммуда Сабаг»',
      },
      {
        source: 'dikobraz-tass-sablin-damascus-2024',
        locator: 'item of 20.11.2024 (citing TASS): «с председателем Народного совета Сирии Хаммудой Сабагом»',
      },
      {
        source: 'sana-ru-peoples-council-session-2021-04-30',
        locator: 'para. 1: «спикер Хаммуда Саббаг» (double б)',
      },
    ],
    confidence: 'verified',
    note: "SANA's Russian service spells the surname Саббаг.",
  },
  {
    id: 'ali-mamlouk',
    name: {
      en: 'Ali Mamlouk',
      ar: 'علي مملوك',
      ru: 'Али Мамлюк',
    },
    sources: [
      {
        source: 'almayadeen-mamlouk-in-moscow-2024',
        locator: 'headline and paragraph 1',
      },
      {
        source: 'enabbaladi-mamlouk-appears-in-russia-2024',
        locator: 'paragraphs 1–2',
      },
      {
        source: 'newsru-mamlouk-fidan-moscow',
        locator: 'para. 1: «генерал-майора Али Мамлюка»',
      },
      {
        source: 'iimes-mamlouk-activity',
        locator: 'headline and para. 1: «Али Мамлюку»',
      },
      {
        source: 'azattyq-ru-mamlouk-appointed-2012',
        locator: 'para. 2: «Службу национальной безопасности возглавил Али Мамлюк»',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'alexander-saltanov',
    name: {
      en: 'Alexander Saltanov',
      ar: 'ألكسندر سلطانوف',
      ru: 'Александр Салтанов',
    },
    sources: [
      {
        source: 'sauress-spa-saltanov-damascus-annapolis-2007',
        locator: 'paragraph 2 (Russian Deputy Foreign Minister Alexander Saltanov)',
      },
      {
        source: 'voltairenet-assafir-shaaban-moscow-2006',
        locator: 'paragraph 3 (Deputy Foreign Minister Alexander Saltanov)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'muhammed-faris',
    name: {
      en: 'Muhammed Faris',
      ar: 'محمد أحمد فارس',
      ru: 'Мухаммед Фарис',
    },
    born: '1951-05-26',
    sources: [
      {
        source: 'isstracker-muhammed-faris',
        locator: 'profile table (date of birth)',
      },
      {
        source: 'stuki-druki-faris-dies',
        locator: 'headline and paragraph 1 (Russian name; born 26 May 1951 in Aleppo)',
      },
    ],
    confidence: 'reported',
  },
  {
    id: 'alexander-yefimov',
    name: {
      en: 'Alexander Yefimov',
      ar: 'ألكسندر يفيموف',
      ru: 'Александр Ефимов',
    },
    sources: [
      {
        source: 'enabbaladi-putin-appoints-yefimov-2018',
        locator: 'paragraphs 1-4',
      },
      {
        source: 'vestikavkaza-putin-smenil-posla-v-sirii',
        locator: 'paragraph 1',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'alexander-kinshchak',
    name: {
      en: 'Alexander Kinshchak',
      ar: 'ألكسندر كينشاك',
      ru: 'Александр Кинщак',
    },
    sources: [
      {
        source: 'enabbaladi-putin-appoints-yefimov-2018',
        locator: 'paragraphs 2 and 5',
      },
      {
        source: 'vestikavkaza-putin-smenil-posla-v-sirii',
        locator: 'paragraph 2',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'azamat-kulmukhametov',
    name: {
      en: 'Azamat Kulmukhametov',
      ar: 'عظمة الله كولمحمدوف',
      ru: 'Азамат Кульмухаметов',
    },
    sources: [
      {
        source: 'wikial-de-embassy-of-russia-in-damascus',
        locator: 'list of ambassadors',
      },
      {
        source: 'sana-ar-kulmukhametov-farewell',
        locator: 'paragraph 1 (Arabic name: سفير روسيا الاتحادية بدمشق عظمة الله كولمحمدوف)',
      },
      {
        source: 'sana-ru-kulmukhametov-farewell',
        locator:
          'paragraph 1 (Russian name, genitive: посла Российской Федерации в САР Азамата Кульмухаметова; nominative Кульмухаметов in paragraph 5)',
      },
    ],
    confidence: 'reported',
    note: 'Russian ambassador to Syria. SANA writes his first name in Arabic as عظمة الله (Azmatullah), in English as Azmatullah Kolmohammadov; both names in other languages from SANA only.',
  },
  {
    id: 'sergei-kirpichenko',
    name: {
      en: 'Sergei Kirpichenko',
      ar: 'سيرجي كيربتشينكو',
      ru: 'Сергей Кирпиченко',
    },
    sources: [
      {
        source: 'wikial-de-embassy-of-russia-in-damascus',
        locator: 'list of ambassadors',
      },
      {
        source: 'syrianmasah-kirpichenko-order-of-merit',
        locator: 'paragraph 1 (Arabic name, as ambassador in Damascus ending his mission)',
      },
      {
        source: 'rambler-tass-new-russian-ambassador-cairo-2020',
        locator: 'paragraph 1 (Russian name: headed the mission in Cairo 2011–2019)',
      },
      {
        source: 'sputnik-it-kirpichenko-died-2019',
        locator: 'paragraphs 2–4 (Sergey Vadimovich Kirpichenko; ambassador in Syria, then Egypt from September 2011)',
      },
    ],
    confidence: 'reported',
    note: 'Russian ambassador to Syria, then to Egypt (2011–2019). Egyptian papers write his Arabic name كيربيتشينكو; the Syrian page, كيربتشينكو.',
  },
  {
    id: 'bashar-al-jaafari',
    name: {
      en: 'Bashar al-Jaafari',
      ar: 'بشار الجعفري',
      ru: 'Башар аль-Джаафари',
    },
    sources: [
      {
        source: 'oopstop-ria-jaafari-ambassador-to-russia-2022',
        locator: 'paragraphs 1-3',
      },
      {
        source: 'wikipedia-embassy-of-syria-moscow',
        locator: "section 'Ambassadors of Syria to Russia'",
      },
      {
        source: 'syriatv-jaafari-credentials-kazakhstan',
        locator: 'paragraph 1 (Arabic name)',
      },
      {
        source: 'rossaprimavera-jaafari-credentials',
        locator: 'paragraph 2 (Russian name)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'riad-haddad',
    name: {
      en: 'Riad Haddad',
      ar: 'رياض حداد',
      ru: 'Рияд Хаддад',
    },
    sources: [
      {
        source: 'wikipedia-embassy-of-syria-moscow',
        locator: "section 'Ambassadors of Syria to Russia'",
      },
      {
        source: 'oopstop-ria-jaafari-ambassador-to-russia-2022',
        locator: 'paragraph 4 (Riyadh Haddad)',
      },
      {
        source: 'syriatv-jaafari-credentials-kazakhstan',
        locator: 'paragraph 3 (Arabic name)',
      },
      {
        source: 'rossaprimavera-jaafari-credentials',
        locator: 'last paragraph (Russian name)',
      },
    ],
    confidence: 'verified',
  },
  {
    id: 'patriarch-kirill',
    name: {
      en: 'Patriarch Kirill',
      ru: 'Патриарх Кирилл',
      ar: 'البطريرك كيريل',
    },
    sources: [
      {
        source: 'mospat-kirill-meets-assad-2011',
        locator: 'paragraph 1',
      },
      {
        source: 'interfax-religion-kirill-plans-to-meet-assad-2011',
        locator: 'paragraph 1',
      },
      {
        source: 'albaath-kirill-help-syrian-people-2018',
        locator: 'headline and paragraph 1 (البطريرك كيريل بطريرك موسكو وسائر روسيا)',
      },
      {
        source: 'sana-ar-yazigi-meets-kirill-moscow',
        locator: 'paragraph 2 (البطريرك كيريل بطريرك موسكو وسائر روسيا)',
      },
    ],
    confidence: 'verified',
    note: 'Patriarch of Moscow and All Russia since 2009.',
  },
  {
    id: 'andrei-karlov',
    name: {
      en: 'Andrei Karlov',
      ar: 'أندريه كارلوف',
      ru: 'Андрей Карлов',
    },
    died: '2016-12-19',
    sources: [
      {
        source: 'maghress-alaoual-karlov-assassinated-2016',
        locator: 'paragraph 1',
      },
      {
        source: 'portlandmercury-guardian-karlov-assassinated-2016',
        locator: 'paragraph 1',
      },
    ],
    confidence: 'verified',
    note: 'Russian ambassador to Turkey.',
  },
  {
    id: 'patriarch-john-x-of-antioch',
    name: {
      en: 'Patriarch John X of Antioch',
      ar: 'البطريرك يوحنا العاشر يازجي',
      ru: 'Патриарх Иоанн X',
    },
    sources: [
      {
        source: 'mospat-it-john-x-visit-concluded-2014',
        locator: 'paragraph 1',
      },
      {
        source: 'assafir-yazigi-first-year',
        locator: 'paragraph 1 (يوحنا العاشر يازجي, elected 17 December 2012)',
      },
      {
        source: 'sana-ar-yazigi-meets-kirill-moscow',
        locator: 'paragraph 1 (البطريرك يوحنا العاشر يازجي بطريرك انطاكية)',
      },
      {
        source: 'politru-antioch-patriarch-elected-2012',
        locator: 'paragraphs 1 and 3 (Юханна (Иоанн) ал-Язиджи; Патриарх Великой Антиохии и всего Востока Иоанн X)',
      },
    ],
    confidence: 'reported',
    note: 'Greek Orthodox Patriarch of Antioch and All the East, seated in Damascus.',
  },
];
