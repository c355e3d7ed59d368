### Curriculum texts in fa: the name of each curriculum and area, and each aim's short
### name and plain explanation (assets/competence/pack.json lists the aims).
### A line under "# review:" is a translation a native speaker should still check.

curriculum-rmf1-01 = رستوران و مواد غذایی (سال اول)
curriculum-rh03-01 = حرفه نظافت
curriculum-alk = فرهنگ کار
area-rmf1-01-raw-materials = مواد اولیه، تولید و کیفیت
area-rmf1-01-working-life = صنعت و زندگی کاری
area-rh03-01-planning = برنامه‌ریزی
area-rh03-01-cleaning = نظافت
area-rh03-01-trade = شناخت صنعت
area-alk-culture = فرهنگ کار
aim-rmf1-01-1 = بهداشت
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-1-plain = دست‌هایت را بشوی و خودت، غذا و آشپزخانه را طبق قوانین تمیز نگه دار.
aim-rmf1-01-2 = ابزار و دستگاه‌ها
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-2-plain = ابزار و دستگاه‌ها را به کار ببر، سوار کن و بشوی، تا غذا سالم بماند.
aim-rmf1-01-3 = سلامت و ایمنی در کار
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-3-plain = با ایمنی کار کن، درست بلند کن و وسایل محافظ مثل دستکش بپوش.
aim-rmf1-01-4 = غذای سالم
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-4-plain = بدان چه چیزی غذا را سالم نگه می‌دارد: دمای درست، مدت ماندگاری و کنترل روزانه.
aim-rmf1-01-5 = مواد اولیه
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-5-plain = ببین مواد اولیه خوب هستند یا نه، و درست از آن‌ها استفاده کن.
aim-rmf1-01-6 = دستور پخت
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-6-plain = دستور پخت را بخوان، کار را برنامه‌ریزی کن، غذا را بپز و ببین خوب شد یا نه.
aim-rmf1-01-7 = فرهنگ غذا
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-7-plain = غذاهایی از نروژ، از فرهنگ سامی و از همه جای دنیا بپز.
aim-rmf1-01-8 = غذا برای همه
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-8-plain = برای دین‌ها و نیازهای مختلف غذا بپز و توصیه‌های غذای سالم را بدان.
aim-rmf1-01-9 = بسته‌بندی و برچسب‌زدن غذا
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-9-plain = غذا را بسته‌بندی کن و برچسبی با نام و تاریخ طبق قوانین بنویس.
aim-rmf1-01-10 = آماده کردن کافه
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-10-plain = کافه را آماده کن: ویترین را پر کن، میزها را بچین و مرتب کن.
aim-rmf1-01-11 = کمک‌های اولیه
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-11-plain = به کسی که آسیب دیده یا بیمار است کمک کن تا کمک برسد.
aim-rmf1-01-12 = خدمت‌رسانی و همکاری
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-12-plain = با مشتری‌ها و همکاران صحبت کن و خدمت خوب بده.
aim-rmf1-01-13 = طرف‌های بازار کار
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-13-plain = بدان کارفرماها، اتحادیه‌ها و دولت چطور برای کار بهتر با هم همکاری می‌کنند.
aim-rh03-01-1 = برنامه‌ریزی با نقشه
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-1-plain = نقشه یا توضیح را بخوان و کار و زمانش را برنامه‌ریزی کن.
aim-rh03-01-2 = ابزارهای دیجیتال
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-2-plain = با تبلت یا کامپیوتر کار را برنامه‌ریزی و حساب کن.
aim-rh03-01-3 = برنامهٔ نظافت
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-3-plain = ببین چه چیزی باید تمیز شود، برنامه بریز و بگو چه کرده‌ای.
aim-rh03-01-4 = روش درست برای هر سطح
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-4-plain = روش درست شستن سقف، دیوار، کف و مبلمان را انتخاب کن.
aim-rh03-01-5 = صرفه‌جویی در وقت و پول
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-5-plain = روش‌هایی انتخاب کن که کار را خوب و بدون هدر دادن انجام دهند.
aim-rh03-01-6 = وسایل ایمن
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-6-plain = وسایلی انتخاب کن که برای بدن خوب است، خطرها را ببین و وسایل محافظ بپوش.
aim-rh03-01-7 = نگهداری سطح‌ها
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-7-plain = سطح‌ها را طوری تمیز کن که اتاق پاکیزه و هوا خوب باشد.
aim-rh03-01-8 = کار درست و ثبت کار
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-8-plain = طوری کار کن که برای بدنت خوب باشد و کار را دیجیتالی ثبت کن.
aim-rh03-01-9 = شستن کف و سطح‌ها
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-9-plain = سطح‌های نرم، نیمه‌سخت و سخت را طبق برنامه بشوی و ببین که خوب شده.
aim-rh03-01-10 = مواد شیمیایی و وسایل
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-10-plain = توضیح بده چرا یک شوینده، یک وسیله و یک روش را انتخاب می‌کنی.
aim-rh03-01-11 = انواع کثیفی
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-11-plain = ببین چه نوع کثیفی است، درست تمیز کن و نتیجه را بررسی کن.
aim-rh03-01-12 = دستگاه‌ها و جلوگیری از سرایت
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-12-plain = از دستگاه‌های نظافت استفاده کن، برای جلوگیری از سرایت تمیز کن و کامپیوتر و تلفن را تمیز کن.
aim-rh03-01-13 = اندازه‌گیری هوای داخل
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-13-plain = با وسایل اندازه‌گیری بررسی کن که هوای داخل خوب است.
aim-rh03-01-14 = نظافت پس از خسارت
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-14-plain = بعد از آب‌گرفتگی، آتش‌سوزی یا خسارت دیگر نظافت کن.
aim-rh03-01-15 = نظافت منظم
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-15-plain = نظافت روزانه، هفتگی و چند بار در سال را انجام بده.
aim-rh03-01-16 = زباله و مواد خطرناک
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-16-plain = زباله را جدا کن و با مواد شیمیایی خطرناک طبق قوانین کار کن.
aim-rh03-01-17 = قوانین ایمنی و خدمت به مشتری
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-17-plain = قوانین سلامت و ایمنی را رعایت کن و با مشتری‌ها مهربان و حرفه‌ای باش.
aim-rh03-01-18 = قوانین و کیفیت
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-18-plain = قوانین سلامت و ایمنی را توضیح بده و بگو کیفیت چطور تضمین می‌شود.
aim-rh03-01-19 = همکاری در کار
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-19-plain = دربارهٔ اهمیت همکاری در محل کار صحبت کن.
aim-alk-1 = انتظارات در محل کار
# review: plain-language wording not yet read by a native speaker
aim-alk-1-plain = بدان همکاران و رئیس از تو چه انتظاری دارند، حتی قانون‌های نانوشته.
aim-alk-2 = حقوق و وظایف
# review: plain-language wording not yet read by a native speaker
aim-alk-2-plain = حقوق و وظایف خودت را به عنوان کارمند در نروژ بشناس.
aim-alk-3 = کار و خانواده
# review: plain-language wording not yet read by a native speaker
aim-alk-3-plain = نقش خودت را در کار پیدا کن و میان کار و زندگی خصوصی تعادل بساز.
aim-alk-4 = تاریخ کار در نروژ
# review: plain-language wording not yet read by a native speaker
aim-alk-4-plain = دربارهٔ کار در نروژ در گذشته و امروز یاد بگیر و اینکه چرا کار برای خانواده و جامعه مهم است.
