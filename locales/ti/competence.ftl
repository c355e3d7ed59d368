### Competences: her plan, her own rating, evidence, the mentor's signed marks and the
### certificate.
### # review: every line of this file should be read by a native speaker.

section-competence = ክገብሮ ዝኽእል
competence-mentor-title = ክእለታት
competence-plan-empty = መራሒትኪ ዕላማታት መደብኪ ትመርጽ።
competence-level-cant-yet = ገና ኣይክእልን
competence-level-with-help = ብሓገዝ እኽእል
competence-level-on-my-own = ባዕለይ እኽእል
competence-rate-question = እንታይ ትኽእሊ?
competence-rated = የቐንየልና! መልስኺ ተዓቂቡ።
competence-mark-started = ተጀሚሩ
competence-mark-completed = ተዛዚሙ
competence-mark-checked = ተረጋጊጹ
competence-mark-none = ገና ኣይተመልከተን
competence-mark-by = { $mark } – { $mentor }፡ { $date }
competence-evidence-diary-day = መዓልቲ መዝገብ
competence-evidence-photo = ስእሊ
competence-evidence-voice-note = ድምጻዊ መዘኻኸሪ
competence-evidence-fridge-practice = ልምምድ ፍሪጅ
competence-evidence-word-practice = ልምምድ ቃላት
competence-summary-day = { $date }፡ { $tasks }
competence-summary-photo = ስእሊ፡ { $date }
competence-summary-voice = ድምጻዊ መዘኻኸሪ፡ { $date }
competence-summary-fridge = { $game }፡ { $right } ካብ { $total }፡ { $date }
competence-summary-words = { $count } ቃላት ተለማሚድኪ፡ { $right } ቅኑዕ፡ { $date }
competence-evidence = መረጋገጺ
competence-suggestions = ዝተመሓላለፉ መረጋገጺታት
competence-no-evidence = ገና መረጋገጺ የለን።
competence-no-suggestions = ሕጂ ምኽሪ የለን። ካብ መዝገብ፡ ፍሪጅን ቃላትን ዝሰማማዕ ኣብዚ ይርአ።
competence-link = ከም መረጋገጺ ወስኺ
competence-unlink = ካብ መረጋገጺ ኣውጽኢ
competence-plan-toggle = ኣብ መደብ { $name }
competence-sign = { $letter } ፈርሚ
competence-comment = ርእይቶ
competence-history = ክሳብ ሕጂ ዝተመልከተ
competence-signature-valid = ብናይ መራሒት መፍትሕ ተፈሪሙ
competence-signature-invalid = ፌርማ ኣይሰማማዕን፡ እዚ ምልክት ተቐይሩ ክኸውን ይኽእል።
competence-needs-evidence = ቅድሚ K ምፍራምኪ መረጋገጺ ወስኺ።
competence-back-needs-comment = ሓደ ስጉምቲ ንድሕሪት ምኽንያት ዝገልጽ ርእይቶ የድልዮ።
competence-chart-title = ዕላማታት መደብ ብወርሒ
competence-totals = { $checked } ካብ { $planned } ዕላማታት ተረጋጊጾም
competence-official = ቃላት ስርዓተ ትምህርቲ
competence-print-certificate = ምስክር ወረቐት ክእለት (PDF)
competence-certificate-saved = ምስክር ወረቐት ተዓቂቡ፡ { $path }
competence-group = ጉጅለ
competence-her-rating = ናይ ባዕላ ግምገማ
competence-open-aim = ዕላማ ክፈቲ
competence-chart-started = P ተጀሚሩ
competence-chart-completed = F ተዛዚሙ
competence-chart-checked = K ተረጋጊጹ
competence-chart-own = ባዕላ ትኽእል
certificate-title = ምስክር ወረቐት ክእለት
certificate-intro = { $name } ነዚ ክእለታት ኣብ ልምምድ ስራሕ { $cafe } ኣርእያ።
certificate-checked-on = ብ{ $date } ተረጋጊጹ
certificate-evidence = መረጋገጺ፡ { $list }
certificate-evidence-item = { $kind } { $count }
certificate-signed = ብ{ $mentor } ተፈሪሙ፡ { $date }
certificate-key = ነፍሲ ወከፍ ዕላማ ብመፍትሕ መራሒት { $key } ብዲጂታል ተፈሪሙ።
certificate-none = ገና ዝተረጋገጸ ዕላማ የለን።
certificate-file = kompetansebevis

## The monthly report to NAV (PDF in the working language, CSV).
# review: not yet read by a native speaker
report-title = ወርሓዊ ጸብጻብ ንNAV – { $month }
# review: not yet read by a native speaker
report-made = ብ{ $mentor } ብ{ $date } ተዳልዩ፡ { $cafe }
# review: not yet read by a native speaker
report-col-trainee = ሰልጣኒት
# review: not yet read by a native speaker
report-col-days = መዓልታት
# review: not yet read by a native speaker
report-col-added = ዝተወሰኸ
# review: not yet read by a native speaker
report-col-word-practice = ልምምድ ቃላት
# review: not yet read by a native speaker
report-col-fridge = ፍሪጅ
# review: not yet read by a native speaker
report-col-ratings = ርእሰ-ግምገማ
# review: not yet read by a native speaker
report-col-marks = ሓደሽቲ ምልክታት
# review: not yet read by a native speaker
report-col-plan = መደብ
# review: not yet read by a native speaker
report-added = { $photos } ስእልታት፡ { $voice } ድምጻዊ መዘኻኸሪ፡ { $words } ሓደሽቲ ቃላት
# review: not yet read by a native speaker
report-practice = { $count } ({ $right } ቅኑዕ)
# review: not yet read by a native speaker
report-plan = { $checked } K ካብ { $planned }
# review: not yet read by a native speaker
report-chart-days = ኣብዚ ወርሒ መዓልታት መዝገብ
# review: not yet read by a native speaker
report-chart-plan = መደብ ኣብ መወዳእታ ወርሒ፡ K, F, P
# review: not yet read by a native speaker
report-aims-marked = ኣብዚ ወርሒ ዝተመልከቱ ዕላማታት
# review: not yet read by a native speaker
report-none = የለን
# review: not yet read by a native speaker
report-file = manedsrapport
# review: not yet read by a native speaker
competence-monthly-report = ወርሓዊ ጸብጻብ ንNAV (PDF ን CSV ን)
# review: not yet read by a native speaker
competence-report-month = ወርሒ
# review: not yet read by a native speaker
competence-report-saved = ወርሓዊ ጸብጻብ ተዓቂቡ፡ { $pdf } ን { $csv } ን

## An aim she holds as a signed Open Badge.
# review: not yet read by a native speaker
competence-issue-badge = Open Badge (JSON ን PNG ን)
# review: not yet read by a native speaker
competence-badge-saved = Open Badge ተዓቂቡን ተፈሪሙን፡ { $json } ን { $png } ን
# review: to be checked by a native speaker
competence-own-curriculum = ናይ ካፈ ዕላማታት
# review: to be checked by a native speaker
competence-own-area = ኣብዚ እንመሃሮ
