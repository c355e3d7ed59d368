### Competences: her plan, her own rating, evidence, the mentor's signed marks and the
### certificate.

section-competence = Що я вмію
competence-mentor-title = Компетенції
competence-plan-empty = Ваша наставниця обирає цілі вашого плану.
competence-level-cant-yet = Я ще не вмію
competence-level-with-help = Я вмію з допомогою
competence-level-on-my-own = Я вмію сама
competence-rate-question = Що ви вмієте?
competence-rated = Дякуємо! Відповідь збережено.
competence-mark-started = Розпочато
competence-mark-completed = Виконано
competence-mark-checked = Перевірено
competence-mark-none = Ще не позначено
competence-mark-by = { $mark } – { $mentor }, { $date }
competence-evidence-diary-day = День щоденника
competence-evidence-photo = Фото
competence-evidence-voice-note = Голосова нотатка
competence-evidence-fridge-practice = Вправа з холодильником
competence-evidence-word-practice = Вправа зі слів
competence-summary-day = { $date }: { $tasks }
competence-summary-photo = Фото, { $date }
competence-summary-voice = Голосова нотатка, { $date }
competence-summary-fridge = { $game }: { $right } з { $total }, { $date }
competence-summary-words = { $count } слів вправлено, { $right } правильно, { $date }
competence-evidence = Докази
competence-suggestions = Запропоновані докази
competence-no-evidence = Доказів ще немає.
competence-no-suggestions = Зараз пропозицій немає. Тут з'являться відповідні дні щоденника, вправи з холодильником і слів.
competence-link = Додати як доказ
competence-unlink = Прибрати з доказів
competence-plan-toggle = У плані { $name }
competence-sign = Підписати { $letter }
competence-comment = Коментар
competence-history = Позначки досі
competence-signature-valid = Підписано власним ключем наставниці
competence-signature-invalid = Підпис не збігається: позначку могли змінити.
competence-needs-evidence = Додайте доказ, перш ніж підписати K.
competence-back-needs-comment = Крок назад потребує коментаря з причиною.
competence-chart-title = Цілі плану щомісяця
competence-totals = Перевірено { $checked } з { $planned } цілей
competence-official = Текст програми
competence-print-certificate = Свідоцтво компетенцій (PDF)
competence-certificate-saved = Свідоцтво збережено: { $path }
competence-group = Група
competence-her-rating = Її власна оцінка
competence-open-aim = Відкрити ціль
competence-chart-started = P розпочато
competence-chart-completed = F виконано
competence-chart-checked = K перевірено
competence-chart-own = Вміє сама
certificate-title = Свідоцтво компетенцій
certificate-intro = { $name } показала ці компетенції під час навчання на роботі в { $cafe }.
certificate-checked-on = Перевірено { $date }
certificate-evidence = Докази: { $list }
certificate-evidence-item = { $kind } { $count }
certificate-signed = Підписала { $mentor }, { $date }
certificate-key = Кожну ціль підписано цифровим ключем наставниці { $key }.
certificate-none = Ще жодну ціль не перевірено.
certificate-file = kompetansebevis

## The monthly report to NAV (PDF in the working language, CSV).
report-title = Щомісячний звіт для NAV – { $month }
report-made = Складено { $date }, { $mentor }, { $cafe }
report-col-trainee = Учасниця
report-col-days = Дні
report-col-added = Додано
report-col-word-practice = Вправа зі слів
report-col-fridge = Холодильник
report-col-ratings = Самооцінка
report-col-marks = Нові позначки
report-col-plan = План
report-added = { $photos } фото, { $voice } голосових нотаток, { $words } нових слів
report-practice = { $count } ({ $right } правильно)
report-plan = { $checked } K з { $planned }
report-chart-days = Дні у щоденнику цього місяця
report-chart-plan = План наприкінці місяця: K, F, P
report-aims-marked = Цілі, позначені цього місяця
report-none = Немає
report-file = manedsrapport
competence-monthly-report = Щомісячний звіт для NAV (PDF і CSV)
competence-report-month = Місяць
competence-report-saved = Щомісячний звіт збережено: { $pdf } і { $csv }

## An aim she holds as a signed Open Badge.
competence-issue-badge = Open Badge (JSON і PNG)
competence-badge-saved = Open Badge збережено й підписано: { $json } і { $png }
# review: to be checked by a native speaker
competence-own-curriculum = Власні цілі кафе
# review: to be checked by a native speaker
competence-own-area = Чого ми вчимося тут
