### Competences: her plan, her own rating, evidence, the mentor's signed marks and the
### certificate.
### # review: every line of this file should be read by a native speaker.

section-competence = Tiştên ku ez dikarim
competence-mentor-title = Jêhatîbûn
competence-plan-empty = Rêberê te armancên plana te hildibijêre.
competence-level-cant-yet = Hêj nikarim
competence-level-with-help = Bi alîkarî dikarim
competence-level-on-my-own = Ez bi xwe dikarim
competence-rate-question = Tu çi dikarî?
competence-rated = Spas! Bersiva te hat tomarkirin.
competence-mark-started = Dest pê kiriye
competence-mark-completed = Temam bûye
competence-mark-checked = Hatiye kontrolkirin
competence-mark-none = Hêj nehatiye nîşankirin
competence-mark-by = { $mark } – { $mentor }, { $date }
competence-evidence-diary-day = Roja deftera
competence-evidence-photo = Wêne
competence-evidence-voice-note = Nota dengî
competence-evidence-fridge-practice = Perwerdeya sarincê
competence-evidence-word-practice = Perwerdeya peyvan
competence-summary-day = { $date }: { $tasks }
competence-summary-photo = Wêne, { $date }
competence-summary-voice = Nota dengî, { $date }
competence-summary-fridge = { $game }: { $right } ji { $total }, { $date }
competence-summary-words = { $count } peyv hatin perwerdekirin, { $right } rast, { $date }
competence-evidence = Delîl
competence-suggestions = Delîlên pêşniyarkirî
competence-no-evidence = Hêj delîl tune ye.
competence-no-suggestions = Niha pêşniyar tune. Tiştên guncav ji defterê, sarincê û peyvan li vir xuya dibin.
competence-link = Wek delîl zêde bike
competence-unlink = Ji delîlan rake
competence-plan-toggle = Di plana { $name } de
competence-sign = { $letter } îmze bike
competence-comment = Şîrove
competence-history = Nîşanên heta niha
competence-signature-valid = Bi mifteya rêberê bi xwe hatiye îmzekirin
competence-signature-invalid = Îmze li hev nayê: dibe ku ev nîşan hatibe guhertin.
competence-needs-evidence = Berî ku K îmze bikî delîl zêde bike.
competence-back-needs-comment = Gavek paşde şîroveyek ku sedemê dibêje dixwaze.
competence-chart-title = Armancên planê, meh bi meh
competence-totals = { $checked } ji { $planned } armancan hatin kontrolkirin
competence-official = Gotinên bernameyê
competence-print-certificate = Belgeya jêhatîbûnê (PDF)
competence-certificate-saved = Belge hat tomarkirin: { $path }
competence-group = Kom
competence-her-rating = Nirxandina wê ya xwe
competence-open-aim = Armancê veke
competence-chart-started = P dest pê kiriye
competence-chart-completed = F temam bûye
competence-chart-checked = K hatiye kontrolkirin
competence-chart-own = Ew bi xwe dikare
certificate-title = Belgeya jêhatîbûnê
certificate-intro = { $name } ev jêhatîbûn di perwerdeya kar de li { $cafe } nîşan dane.
certificate-checked-on = Di { $date } de hat kontrolkirin
certificate-evidence = Delîl: { $list }
certificate-evidence-item = { $kind } { $count }
certificate-signed = Ji aliyê { $mentor } ve hatiye îmzekirin, { $date }
certificate-key = Her armanc bi mifteya rêberê { $key } bi dîjîtalî hatiye îmzekirin.
certificate-none = Hêj tu armanc nehatiye kontrolkirin.
certificate-file = kompetansebevis

## The monthly report to NAV (PDF in the working language, CSV).
# review: not yet read by a native speaker
report-title = Rapora mehane ji bo NAV – { $month }
# review: not yet read by a native speaker
report-made = Di { $date } de ji aliyê { $mentor } ve hat çêkirin, { $cafe }
# review: not yet read by a native speaker
report-col-trainee = Xwendekar
# review: not yet read by a native speaker
report-col-days = Roj
# review: not yet read by a native speaker
report-col-added = Zêdekirî
# review: not yet read by a native speaker
report-col-word-practice = Perwerdeya peyvan
# review: not yet read by a native speaker
report-col-fridge = Sarinc
# review: not yet read by a native speaker
report-col-ratings = Xwe-nirxandin
# review: not yet read by a native speaker
report-col-marks = Nîşanên nû
# review: not yet read by a native speaker
report-col-plan = Plan
# review: not yet read by a native speaker
report-added = { $photos } wêne, { $voice } notayên dengî, { $words } peyvên nû
# review: not yet read by a native speaker
report-practice = { $count } ({ $right } rast)
# review: not yet read by a native speaker
report-plan = { $checked } K ji { $planned }
# review: not yet read by a native speaker
report-chart-days = Rojên deftera vê mehê
# review: not yet read by a native speaker
report-chart-plan = Plan di dawiya mehê de: K, F, P
# review: not yet read by a native speaker
report-aims-marked = Armancên vê mehê hatine nîşankirin
# review: not yet read by a native speaker
report-none = Tune
# review: not yet read by a native speaker
report-file = manedsrapport
# review: not yet read by a native speaker
competence-monthly-report = Rapora mehane ji bo NAV (PDF û CSV)
# review: not yet read by a native speaker
competence-report-month = Meh
# review: not yet read by a native speaker
competence-report-saved = Rapora mehane hat tomarkirin: { $pdf } û { $csv }

## An aim she holds as a signed Open Badge.
# review: not yet read by a native speaker
competence-issue-badge = Open Badge (JSON û PNG)
# review: not yet read by a native speaker
competence-badge-saved = Open Badge hat tomarkirin û îmzekirin: { $json } û { $png }
# review: to be checked by a native speaker
competence-own-curriculum = Armancên kafeyê bi xwe
# review: to be checked by a native speaker
competence-own-area = Tiştên ku em li vir hîn dibin
