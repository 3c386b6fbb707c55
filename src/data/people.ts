import type { Person } from './types.js';

/** Rulers, visitors and signatories, with names in English, Arabic and Russian. */
export const people: Person[] = [
  {
    id: 'faisal-i',
    name: {
      en: 'Faisal I',
      ar: 'فيصل الأول',
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
    ],
    confidence: 'verified',
  },
  {
    id: 'ali-rida-al-rikabi',
    name: {
      en: 'Ali Rida al-Rikabi',
      ar: 'علي رضا باشا الركابي',
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
    ],
    confidence: 'verified',
  },
  {
    id: 'haqqi-al-azm',
    name: {
      en: 'Haqqi al-Azm',
      ar: 'حقي العظم',
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
    ],
    confidence: 'verified',
  },
  {
    id: 'subhi-barakat',
    name: {
      en: 'Subhi Bey Barakat',
      ar: 'صبحي بك بركات',
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
    ],
    confidence: 'verified',
  },
  {
    id: 'francois-pierre-alype',
    name: {
      en: 'François Pierre-Alype',
      ar: 'فرانسوا بيير أليب',
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
    ],
    confidence: 'verified',
  },
  {
    id: 'ahmad-nami',
    name: {
      en: 'Ahmad Nami',
      ar: 'أحمد نامي',
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
    ],
    confidence: 'verified',
  },
  {
    id: 'taj-al-din-al-hasani',
    name: {
      en: 'Taj al-Din al-Hasani',
      ar: 'تاج الدين الحسني',
      ru: 'Таджеддин аль-Хасани',
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
    confidence: 'verified',
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
    confidence: 'verified',
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
    confidence: 'verified',
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
    ],
    confidence: 'verified',
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
    ],
    confidence: 'verified',
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
    ],
    confidence: 'verified',
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
    ],
    confidence: 'verified',
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
    confidence: 'verified',
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
    confidence: 'verified',
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
    confidence: 'verified',
  },
  {
    id: 'maamun-al-kuzbari',
    name: {
      en: 'Maamun al-Kuzbari',
      ar: 'مأمون الكزبري',
      ru: 'Маамун Кузбари',
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
    ],
    confidence: 'verified',
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
    ],
    confidence: 'verified',
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
    confidence: 'verified',
  },
  {
    id: 'abd-al-karim-al-nahlawi',
    name: {
      en: 'Abd al-Karim al-Nahlawi',
      ar: 'عبد الكريم النحلاوي',
    },
    born: '1926',
    sources: [
      {
        source: 'qaz-wiki-fr-abd-al-karim-al-nahlawi',
        locator: 'infobox and lead (born 1926)',
      },
    ],
    confidence: 'reported',
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
    confidence: 'verified',
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
    confidence: 'verified',
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
    confidence: 'verified',
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
    confidence: 'verified',
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
];
