// Written by scripts/glyph-widths.mjs: do not edit by hand.
/**
 * Advance widths in thousandths of an em, widest across the faces the
 * themes' font stacks reach. Each entry: the first code point of a run,
 * then two base-36 digits per character.
 */
export const GLYPH_WIDTHS: readonly (readonly [number, string])[] = [
  [
    0x20,
    '8ub6csnahpqfor7navavdwna8ua18u9dhphphphphphphphphphp9d9dnananafhs8k3kflamakajam7o9b0dwksihsgobmsipmskxj2ijnfk3skk3k3jbav9davnafhdwh1htflhth4abhthx8w8ngu8wr3hxh0hthtdbehb6hxggnsggggenhp9dhpna',
  ],
  [
    0xa0,
    '8ub6hphphphp9dfhdwrsd8h0na00rsfddwnab5b5dwi2hp8udwb5d4h0qyqyqygzk3k3k3k3k3k3rtlakakakakab0b0b0b0mgobmsmsmsmsmsnamsnfnfnfnfk3isikh1h1h1h1h1h1raflh4h4h4h48w8w8w8wh0hxh0h0h0h0h0nah0hxhxhxhxgghtggk3h1k3h1k3h1lafllafllafllaflmahzmghtkah4kah4kah4kah4kah4m7htm7htm7htm7hto9hxphjbb08wb08wb08wb08wb08wmafgdw8nksguguih8wih8wihbbih9kil91obhxobhxobhxo3nfhxmsh0msh0msh0vmsfkxdbkxdbkxdbj2ehj2ehj2ehj2ehijb6ijbwijb6nfhxnfhxnfhxnfhxnfhxnfhxsknsk3ggk3jbenjbenjbenab',
  ],
  [0x2b9, '7rcs8u8u8u8k8k'],
  [
    0x400,
    'kakao1iflaj2b0b0dwuev3o9lio9k3o9l2kfkfifmlkav8huo9o9lin7sgo9mso9iplaijk3nxk3o9lhvqvqn5rcj3lax6mgh1h5geemj8h4pkf6ijijhdhslmijh0ijhtflg7ggnrggixiepuq6jnm4geflo7hjh4h4hdemfleh8w8w8np7ozi4hdijggi9',
  ],
  [
    0x600,
    'gpgpgpgpgpgphqhqgpl1r5gp8zgpgpgpgpgpgpgpgp00gpgpgpgpgp8u00gpgpergpd37q7qdf7qlr7qq6ekq6q6hyhyhycecedfdfxxxxxlxlppppglglgpgpgpgpgp85stlkmxk7h8kfekdflrlr0000000000000000000000gp00gpgp00gpgpgpgpgpeyeyeyeyeyeyeyeyeyeyey918uf5q6lk00gpgpgp84gpgpgpgpq6q6q6q6q6q6q6q6hyhyhyhyhyhyhycececececececececedfdfdveqgzeqdfdfdfxxxxxxxlxlppglststststststlklkowtaowmxmxmxowowowowowowk7k7k7k7kfkfkfkfkfjfhyekgpgpgpgpgpdfdfdfgpgpdflrgplrgplrgpgpgpgpekgpgpgpgpgpgpgpgpgpgpgpgpgpgpgpgpgpgpgpgpgpgpgpgpgpgpeyeyeyeyeyeyeyeyeyeygpgpgpgpgpgp',
  ],
  [0x2010, 'a1a1hpfhrsrsdwfd9a9a9a9aefefefeffhfhgege9bikrs8u'],
  [0x2030, '11a1c86cbleh6caeeh9fb4b4'],
  [0x2212, 'na'],
];

/**
 * Arabic letters that join their neighbours: hex code point, D (joins both
 * sides) or R (only the letter before it), then the widths of the isolated,
 * initial, medial and final forms as above.
 */
export const ARABIC_JOINING =
  '608Dgpgpgpgp 60bDgpgpgpgp 60dDgpgpgpgp 610Rgpgpp8p8 611Rgpgpp8p8 612Rgpgpp8p8 613Rgpgpp8p8 614Rgpgpp8p8 616Rgpgpp8p8 617Rgpgpp8p8 618Rgpgpp8p8 619Rgpgpp8p8 61aRgpgpp8p8 61dDgpgpgpgp 61eDgpgpgpgp 620Dgpgpgpgp 622R7q7q8h8h 623R7q7q8h8h 624Rdfdfeded 625R7q7q8h8h 626Dlr7r8en6 627R7q7q8h8h 628Dq67r8era 629Rekekexex 62aDq67r8era 62bDq67r8era 62cDhyh7hyhy 62dDhyh7hyhy 62eDhyh7hyhy 62fRceceelel 630Rceceelel 631Rdfdffcfc 632Rdfdffcfc 633Dxxnaotzf 634Dxxnaotzf 635Dxlnmo4y2 636Dxlnmo4y2 637Dppm4mtqe 638Dppm4mtqe 639Dglgldfet 63aDglejdfet 63bDgpgpgpgp 63cDgpgpgpgp 63dDgpgpgpgp 63eDgpgpgpgp 63fDgpgpgpgp 640D85858585 641Dstdbe2ss 642Dlkdbe2n6 643Dmxd9fdnf 644Dk78h98l2 645Dh8ewg3ii 646Dkf7r8el6 647Dekeoctex 648Rdfdfeded 649Dlr7r8en6 64aDlr7r8en6 656Rgpgpp8p8 658Rgpgpp8p8 659Rgpgpp8p8 65bRgpgpp8p8 65cRgpgpp8p8 65dRgpgpp8p8 65eRgpgpp8p8 65fRgpgpp8p8 66eDq67r8era 66fDlkdbe2n6 671Dgpgpgpgp 672Dgpgpgpgp 673Dgpgpgpgp 675Dgpgpgpgp 676Dgpgpgpgp 677Dgpgpgpgp 678Dgpgpgpgp 679Dq67r8era 67aDq67r8era 67bDq67r8era 67cDq67r8era 67dDq67r8era 67eDq67r8era 67fDq67r8era 680Dq67r8era 681Dhyh7hyhy 682Dhyh7hyhy 683Dhyh7hyhy 684Dhyh7hyhy 685Dhyh7hyhy 686Dhyh7hyhy 687Dhyh7hyhy 688Rceceelel 689Rceceelel 68aRceceelel 68bRceceelel 68cRceceelel 68dRceceelel 68eRceceelel 68fRceceelel 690Rceceelel 691Rdfdffcfc 692Rdfdffcfc 693Rdvdvfcfc 694Reqeqfcfc 695Rgzgzgzgz 696Reqeqfcfc 697Rdfdffcfc 698Rdfdffcfc 699Rdfdffcfc 69aDxxnaotzf 69bDxxnaotzf 69cDxxnaotzf 69dDxlnmo4y2 69eDxlnmo4y2 69fDppm4mtqe 6a0Dglgldfet 6a1Dstdbe2ss 6a2Dstdbe2ss 6a3Dstdbe2ss 6a4Dstdbe2ss 6a5Dstdbe2ss 6a6Dstdbe2ss 6a7Dlkdbe2n6 6a8Dlkdbe2n6 6a9Dowd9fdow 6aaDtao5o5ta 6abDowd9fdow 6acDmxd9fdnf 6adDmxd9fdnf 6aeDmxd9fdnf 6afDowd9fdow 6b0Dowd9fdow 6b1Dowd9fdow 6b2Dowd9fdow 6b3Dowd9fdow 6b4Dowd9fdow 6b5Dk78h98l2 6b6Dk78h98l2 6b7Dk78h98l2 6b8Dk78h98l2 6b9Dkf7r8el6 6baDkf7r8el6 6bbDkf7r8el6 6bcDkf7r8el6 6bdDkf7r8el6 6beDjfeocthk 6bfDhyh7hyhy 6c0Dekekexex 6c1Dgpgpgpgp 6c2Dgpgpgpgp 6c3Dgpgpgpgp 6c4Dgpgpgpgp 6c5Dgpgpgpgp 6c6Rdfdfeded 6c7Rdfdfeded 6c8Rdfdfeded 6c9Dgpgpgpgp 6caDgpgpgpgp 6cbRdfdfeded 6ccDlr7r8en6 6cdDgpgpgpgp 6ceDlr7r8en6 6cfDgpgpgpgp 6d0Dlr7r8en6 6d1Dgpgpgpgp 6d2Dgpgpgpgp 6d3Dgpgpgpgp 6d4Dgpgpgpgp 6d5Rekekexex 6d6Rgpgpp8p8 6d7Rgpgpp8p8 6d8Rgpgpp8p8 6d9Rgpgpp8p8 6daRgpgpp8p8 6dbRgpgpp8p8 6dcRgpgpp8p8 6dfRgpgpp8p8 6e0Rgpgpp8p8 6e1Rgpgpp8p8 6e2Rgpgpp8p8 6e3Rgpgpp8p8 6e4Rgpgpp8p8 6e5Dgpgpgpgp 6e6Dgpgpgpgp 6e7Rgpgpp8p8 6e8Rgpgpp8p8 6eaRgpgpp8p8 6ebRgpgpp8p8 6ecRgpgpp8p8 6edRgpgpp8p8 6eeDgpgpgpgp 6efDgpgpgpgp 6faDgpgpgpgp 6fbDgpgpgpgp 6fcDgpgpgpgp 6fdDgpgpgpgp 6feDgpgpgpgp 6ffDgpgpgpgp';

/** Arabic marks (hex), drawn over their letter: they neither take width nor break a join. */
export const ARABIC_MARKS = '615 61c 64b 64c 64d 64e 64f 650 651 652 653 654 655 657 65a 670';
