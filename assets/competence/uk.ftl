### Curriculum texts in uk: the name of each curriculum and area, and each aim's short
### name and plain explanation (assets/competence/pack.json lists the aims).
### A line under "# review:" is a translation a native speaker should still check.

curriculum-rmf1-01 = Ресторанна справа і харчування (1-й рік)
curriculum-rh03-01 = Фах прибиральника
curriculum-alk = Культура праці
area-rmf1-01-raw-materials = Сировина, виробництво і якість
area-rmf1-01-working-life = Галузь і трудове життя
area-rh03-01-planning = Планування
area-rh03-01-cleaning = Прибирання
area-rh03-01-trade = Знання галузі
area-alk-culture = Культура праці
aim-rmf1-01-1 = Гігієна
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-1-plain = Мийте руки і тримайте себе, їжу та кухню в чистоті, як вимагають правила.
aim-rmf1-01-2 = Інструменти й машини
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-2-plain = Користуйтеся інструментами й машинами, збирайте та мийте їх, щоб їжа була безпечною.
aim-rmf1-01-3 = Охорона праці
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-3-plain = Працюйте безпечно, правильно піднімайте вантажі й носіть захисні рукавички.
aim-rmf1-01-4 = Безпечна їжа
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-4-plain = Знайте, що робить їжу безпечною: правильна температура, термін зберігання і власний контроль.
aim-rmf1-01-5 = Сировина
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-5-plain = Перевіряйте, чи сировина добра, і правильно використовуйте її.
aim-rmf1-01-6 = Рецепти
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-6-plain = Прочитайте рецепт, сплануйте роботу, приготуйте страву й перевірте, чи вдалася.
aim-rmf1-01-7 = Кулінарні традиції
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-7-plain = Готуйте страви Норвегії, саамської культури та всього світу.
aim-rmf1-01-8 = Їжа для всіх
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-8-plain = Готуйте для різних релігій і потреб, знайте поради щодо здорового харчування.
aim-rmf1-01-9 = Пакування і маркування їжі
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-9-plain = Пакуйте їжу й пишіть етикетку з назвою та датою, як вимагають правила.
aim-rmf1-01-10 = Підготовка приміщення
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-10-plain = Підготуйте кафе: наповніть вітрину, накрийте столи й приберіть.
aim-rmf1-01-11 = Перша допомога
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-11-plain = Допоможіть травмованій або хворій людині, поки не прийде допомога.
aim-rmf1-01-12 = Обслуговування і співпраця
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-12-plain = Спілкуйтеся з клієнтами й колегами та добре обслуговуйте.
aim-rmf1-01-13 = Сторони трудових відносин
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-13-plain = Знайте, як роботодавці, профспілки й держава співпрацюють задля кращої праці.
aim-rh03-01-1 = Планування за кресленнями
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-1-plain = Прочитайте креслення чи опис і сплануйте роботу та час на неї.
aim-rh03-01-2 = Цифрові інструменти
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-2-plain = Плануйте й розраховуйте роботу на планшеті чи комп'ютері.
aim-rh03-01-3 = План прибирання
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-3-plain = Визначте, що треба прибрати, складіть план і звітуйте про зроблене.
aim-rh03-01-4 = Правильний метод для поверхонь
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-4-plain = Обирайте правильний спосіб мити стелі, стіни, підлогу й меблі.
aim-rh03-01-5 = Економія часу й грошей
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-5-plain = Обирайте методи, що дають добрий результат без марнотратства.
aim-rh03-01-6 = Безпечне обладнання
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-6-plain = Обирайте зручне для тіла обладнання, оцінюйте ризики й носіть захист.
aim-rh03-01-7 = Обробка поверхонь
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-7-plain = Обробляйте поверхні, щоб у кімнаті було чисто й свіже повітря.
aim-rh03-01-8 = Бережна робота і документування
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-8-plain = Працюйте, бережучи тіло, і записуйте роботу в цифровому вигляді.
aim-rh03-01-9 = Прибирання підлоги й поверхонь
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-9-plain = Прибирайте м'які, напівтверді й тверді поверхні за планом і перевіряйте якість.
aim-rh03-01-10 = Хімікати й обладнання
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-10-plain = Поясніть, чому обираєте певний засіб, інструмент і метод.
aim-rh03-01-11 = Види забруднень
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-11-plain = Визначте вид бруду, приберіть правильно й перевірте результат.
aim-rh03-01-12 = Машини і захист від інфекцій
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-12-plain = Користуйтеся прибиральними машинами, прибирайте проти інфекцій, чистьте комп'ютери й телефони.
aim-rh03-01-13 = Вимірювання мікроклімату
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-13-plain = Перевіряйте приладами, що повітря в приміщенні добре.
aim-rh03-01-14 = Прибирання після пошкоджень
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-14-plain = Прибирайте після затоплення, пожежі чи інших пошкоджень.
aim-rh03-01-15 = Регулярне прибирання
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-15-plain = Робіть щоденне, щотижневе й періодичне прибирання.
aim-rh03-01-16 = Відходи й небезпечні речовини
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-16-plain = Сортуйте сміття й поводьтеся з небезпечними хімікатами за правилами.
aim-rh03-01-17 = Охорона праці й обслуговування клієнтів
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-17-plain = Дотримуйтеся правил охорони праці та будьте привітні й професійні з клієнтами.
aim-rh03-01-18 = Правила і якість
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-18-plain = Поясніть правила охорони праці та як забезпечують якість.
aim-rh03-01-19 = Співпраця на роботі
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-19-plain = Поговоріть, чому важливо співпрацювати на роботі.
aim-alk-1 = Очікування на роботі
# review: plain-language wording not yet read by a native speaker
aim-alk-1-plain = Знайте, чого від вас чекають колеги й керівник, зокрема неписані правила.
aim-alk-2 = Права й обов'язки
# review: plain-language wording not yet read by a native speaker
aim-alk-2-plain = Знайте свої права й обов'язки як працівниці в Норвегії.
aim-alk-3 = Робота і сім'я
# review: plain-language wording not yet read by a native speaker
aim-alk-3-plain = Знайдіть свою роль на роботі й баланс між роботою та особистим життям.
aim-alk-4 = Історія трудового життя
# review: plain-language wording not yet read by a native speaker
aim-alk-4-plain = Дізнайтеся про трудове життя Норвегії колись і тепер та чому праця важлива для сім'ї й суспільства.
