### Competences: her plan, her own rating, evidence, the mentor's signed marks and the
### certificate.
### # review: every line of this file should be read by a native speaker.

section-competence = Waxa aan qaban karo
competence-mentor-title = Awoodaha
competence-plan-empty = Lataliyahaagu wuxuu doortaa yoolalka qorshahaaga.
competence-level-cant-yet = Weli ma kari karo
competence-level-with-help = Waan kari karaa haddii la i caawiyo
competence-level-on-my-own = Keligay waan kari karaa
competence-rate-question = Maxaad qaban kartaa?
competence-rated = Mahadsanid! Jawaabtaada waa la kaydiyay.
competence-mark-started = La bilaabay
competence-mark-completed = La dhammeeyay
competence-mark-checked = La hubiyay
competence-mark-none = Weli lama calaamadin
competence-mark-by = { $mark } – { $mentor }, { $date }
competence-evidence-diary-day = Maalin buugga
competence-evidence-photo = Sawir
competence-evidence-voice-note = Cod la duubay
competence-evidence-fridge-practice = Layliga qaboojiyaha
competence-evidence-word-practice = Layliga erayada
competence-summary-day = { $date }: { $tasks }
competence-summary-photo = Sawir, { $date }
competence-summary-voice = Cod la duubay, { $date }
competence-summary-fridge = { $game }: { $right } ka mid ah { $total }, { $date }
competence-summary-words = { $count } eray la layliyay, { $right } sax ah, { $date }
competence-evidence = Caddeyn
competence-suggestions = Caddeyn la soo jeediyay
competence-no-evidence = Weli caddeyn ma jirto.
competence-no-suggestions = Hadda wax la soo jeediyo ma jiraan. Waxa ku habboon buugga, qaboojiyaha iyo erayada halkan ayay ka muuqdaan.
competence-link = Ku dar caddeyn ahaan
competence-unlink = Ka saar caddeynta
competence-plan-toggle = Qorshaha { $name }
competence-sign = Saxiix { $letter }
competence-comment = Faallo
competence-history = Calaamadaha ilaa hadda
competence-signature-valid = Waxaa lagu saxiixay furaha lataliyaha
competence-signature-invalid = Saxiixu ma waafaqsana: calaamaddan waa la beddeli karaa.
competence-needs-evidence = Ku dar caddeyn ka hor intaadan saxiixin K.
competence-back-needs-comment = Tallaabo dib u noqosho waxay u baahan tahay faallo sharaxaysa sababta.
competence-chart-title = Yoolalka qorshaha, bil walba
competence-totals = { $checked } ka mid ah { $planned } yool ayaa la hubiyay
competence-official = Erayada manhajka
competence-print-certificate = Shahaadada awoodda (PDF)
competence-certificate-saved = Shahaadada waa la kaydiyay: { $path }
competence-group = Kooxda
competence-her-rating = Qiimeynteeda
competence-open-aim = Fur yoolka
competence-chart-started = P la bilaabay
competence-chart-completed = F la dhammeeyay
competence-chart-checked = K la hubiyay
competence-chart-own = Keligeed way kartaa
certificate-title = Shahaadada awoodda
certificate-intro = { $name } waxay muujisay awoodahan tababarka shaqada ee { $cafe }.
certificate-checked-on = La hubiyay { $date }
certificate-evidence = Caddeyn: { $list }
certificate-evidence-item = { $kind } { $count }
certificate-signed = Waxaa saxiixay { $mentor }, { $date }
certificate-key = Yool kasta waxaa si dijitaal ah loogu saxiixay furaha lataliyaha { $key }.
certificate-none = Weli yool lama hubin.
certificate-file = kompetansebevis

## The monthly report to NAV (PDF in the working language, CSV).
# review: not yet read by a native speaker
report-title = Warbixinta bishii ee NAV – { $month }
# review: not yet read by a native speaker
report-made = Waxaa sameeyay { $mentor } { $date }, { $cafe }
# review: not yet read by a native speaker
report-col-trainee = Tababarte
# review: not yet read by a native speaker
report-col-days = Maalmo
# review: not yet read by a native speaker
report-col-added = La daray
# review: not yet read by a native speaker
report-col-word-practice = Layliga erayada
# review: not yet read by a native speaker
report-col-fridge = Qaboojiye
# review: not yet read by a native speaker
report-col-ratings = Is-qiimeyn
# review: not yet read by a native speaker
report-col-marks = Calaamado cusub
# review: not yet read by a native speaker
report-col-plan = Qorshaha
# review: not yet read by a native speaker
report-added = { $photos } sawir, { $voice } cod, { $words } eray cusub
# review: not yet read by a native speaker
report-practice = { $count } ({ $right } sax)
# review: not yet read by a native speaker
report-plan = { $checked } K ka mid ah { $planned }
# review: not yet read by a native speaker
report-chart-days = Maalmaha buugga bishan
# review: not yet read by a native speaker
report-chart-plan = Qorshaha dhammaadka bisha: K, F, P
# review: not yet read by a native speaker
report-aims-marked = Yoolal la calaamadeeyay bishan
# review: not yet read by a native speaker
report-none = Midna
# review: not yet read by a native speaker
report-file = manedsrapport
# review: not yet read by a native speaker
competence-monthly-report = Warbixinta bishii ee NAV (PDF iyo CSV)
# review: not yet read by a native speaker
competence-report-month = Bil
# review: not yet read by a native speaker
competence-report-saved = Warbixinta bishii waa la kaydiyay: { $pdf } iyo { $csv }

## An aim she holds as a signed Open Badge.
# review: not yet read by a native speaker
competence-issue-badge = Open Badge (JSON iyo PNG)
# review: not yet read by a native speaker
competence-badge-saved = Calaamadda waa la kaydiyay oo la saxiixay: { $json } iyo { $png }
# review: to be checked by a native speaker
competence-own-curriculum = Yoolasha kafeega
# review: to be checked by a native speaker
competence-own-area = Waxa aan halkan ku baranno
