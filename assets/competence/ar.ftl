### Curriculum texts in ar: the name of each curriculum and area, and each aim's short
### name and plain explanation (assets/competence/pack.json lists the aims).
### A line under "# review:" is a translation a native speaker should still check.

curriculum-rmf1-01 = المطاعم والطعام (الصف الأول المهني)
curriculum-rh03-01 = مهنة التنظيف
curriculum-alk = ثقافة العمل
area-rmf1-01-raw-materials = المواد الخام والإنتاج والجودة
area-rmf1-01-working-life = المهنة وسوق العمل
area-rh03-01-planning = التخطيط
area-rh03-01-cleaning = التنظيف
area-rh03-01-trade = معرفة المهنة
area-alk-culture = ثقافة العمل
aim-rmf1-01-1 = النظافة الشخصية
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-1-plain = اغسلي يديك، وحافظي على نظافتك ونظافة الطعام والمطبخ كما تقول القواعد.
aim-rmf1-01-2 = الأدوات والآلات
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-2-plain = استخدمي الأدوات والآلات وركّبيها ونظّفيها، ونظّفي المكان، ليكون الطعام آمناً.
aim-rmf1-01-3 = الصحة والسلامة في العمل
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-3-plain = اعملي بأمان، وارفعي الأشياء بالطريقة الصحيحة، والبسي معدات الحماية مثل القفازات.
aim-rmf1-01-4 = سلامة الغذاء
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-4-plain = اعرفي ما يجعل الطعام آمناً: درجة الحرارة الصحيحة، ومدة الصلاحية، والفحص اليومي.
aim-rmf1-01-5 = المواد الخام
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-5-plain = انظري هل المواد الخام جيدة، واستخدميها بالطريقة الصحيحة.
aim-rmf1-01-6 = الوصفات
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-6-plain = اقرئي الوصفة، وخطّطي للعمل، واطبخي، ثم انظري هل كانت النتيجة جيدة.
aim-rmf1-01-7 = ثقافات الطعام
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-7-plain = اطبخي طعاماً من النرويج، ومن ثقافة السامي، ومن كل العالم.
aim-rmf1-01-8 = طعام للجميع
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-8-plain = اطبخي لأديان واحتياجات مختلفة، واعرفي نصائح الأكل الصحي.
aim-rmf1-01-9 = تغليف الطعام ووضع الملصقات
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-9-plain = غلّفي الطعام واكتبي ملصقاً عليه الاسم والتاريخ كما تقول القواعد.
aim-rmf1-01-10 = تجهيز المكان
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-10-plain = جهّزي المقهى: املئي الواجهة، ورتّبي الطاولات، ونظّفي المكان.
aim-rmf1-01-11 = الإسعافات الأولية
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-11-plain = ساعدي شخصاً مصاباً أو مريضاً حتى تصل المساعدة.
aim-rmf1-01-12 = الخدمة والتعاون
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-12-plain = تحدّثي مع الزبائن والزملاء، وقدّمي خدمة جيدة.
aim-rmf1-01-13 = أطراف سوق العمل
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-13-plain = اعرفي كيف يتعاون أصحاب العمل والنقابات والدولة من أجل حياة عمل أفضل.
aim-rh03-01-1 = التخطيط حسب الرسومات
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-1-plain = اقرئي الرسم أو الوصف، وخطّطي للعمل والوقت الذي يحتاجه.
aim-rh03-01-2 = الأدوات الرقمية
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-2-plain = استخدمي الجهاز اللوحي أو الحاسوب لتخطيط العمل وحسابه.
aim-rh03-01-3 = خطة التنظيف
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-3-plain = انظري ما يحتاج إلى تنظيف، وضعي خطة، وأخبري عمّا فعلتِ.
aim-rh03-01-4 = الطريقة الصحيحة لكل سطح
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-4-plain = اختاري الطريقة الصحيحة لتنظيف الأسقف والجدران والأرضيات والأثاث.
aim-rh03-01-5 = توفير الوقت والمال
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-5-plain = اختاري طرقاً تنجز العمل جيداً دون إسراف.
aim-rh03-01-6 = معدات آمنة
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-6-plain = اختاري معدات مريحة للجسم، وانتبهي للمخاطر، والبسي معدات الحماية.
aim-rh03-01-7 = معالجة الأسطح
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-7-plain = عالجي الأسطح ليبقى المكان نظيفاً والهواء جيداً.
aim-rh03-01-8 = العمل المريح والتوثيق
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-8-plain = اعملي بطريقة مريحة لجسمك، وسجّلي عملك رقمياً.
aim-rh03-01-9 = تنظيف الأرضيات والأسطح
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-9-plain = نظّفي الأسطح الناعمة والمتوسطة والصلبة حسب الخطة، وتأكدي أن النتيجة جميلة.
aim-rh03-01-10 = المواد الكيميائية والمعدات
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-10-plain = اشرحي لماذا تختارين منظفاً معيناً وأداة وطريقة.
aim-rh03-01-11 = أنواع الأوساخ
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-11-plain = اعرفي نوع الوسخ، ونظّفيه بالطريقة الصحيحة، وافحصي النتيجة.
aim-rh03-01-12 = الآلات ومنع العدوى
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-12-plain = استخدمي آلات التنظيف، ونظّفي لمنع العدوى، ونظّفي الحاسوب والهاتف.
aim-rh03-01-13 = قياس جودة الهواء الداخلي
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-13-plain = استخدمي أجهزة القياس لتتأكدي أن الهواء في الداخل جيد.
aim-rh03-01-14 = التنظيف بعد الأضرار
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-14-plain = نظّفي بعد ضرر الماء أو الحريق أو أي ضرر آخر.
aim-rh03-01-15 = التنظيف الدوري
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-15-plain = قومي بالتنظيف اليومي والأسبوعي والتنظيف الذي يُعمل مرات قليلة في السنة.
aim-rh03-01-16 = النفايات والمواد الخطرة
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-16-plain = افرزي النفايات، وتعاملي مع المواد الكيميائية الخطرة كما تقول القواعد.
aim-rh03-01-17 = قواعد السلامة وخدمة الزبائن
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-17-plain = اتبعي قواعد الصحة والسلامة، وكوني لطيفة ومهنية مع الزبائن.
aim-rh03-01-18 = القواعد والجودة
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-18-plain = اشرحي قواعد الصحة والسلامة وكيف تُضمن الجودة.
aim-rh03-01-19 = العمل معاً
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-19-plain = تحدّثي عن أهمية التعاون في مكان العمل.
aim-alk-1 = ما يُتوقع منكِ في العمل
# review: plain-language wording not yet read by a native speaker
aim-alk-1-plain = اعرفي ما يتوقعه منكِ الزملاء والمدير، وكذلك القواعد غير المكتوبة.
aim-alk-2 = الحقوق والواجبات
# review: plain-language wording not yet read by a native speaker
aim-alk-2-plain = اعرفي حقوقك وواجباتك كعاملة في النرويج.
aim-alk-3 = العمل والعائلة
# review: plain-language wording not yet read by a native speaker
aim-alk-3-plain = اعرفي دوركِ في العمل، ووازني بين العمل والحياة الخاصة.
aim-alk-4 = تاريخ العمل في النرويج
# review: plain-language wording not yet read by a native speaker
aim-alk-4-plain = تعلّمي عن العمل في النرويج قديماً وحديثاً، ولماذا العمل مهم للعائلة والمجتمع.
