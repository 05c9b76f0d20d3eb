namespace Wegweiser.Bench.Words;

/// <summary>The raw text of <see cref="WordPools"/>: columns de | en | ar | fa | uk | ru | tr.</summary>
internal static class PoolTexts
{
    public const string Offers = """
        Service|Migrationsberatung|Migration advice|استشارات الهجرة|مشاوره مهاجرت|Міграційна консультація|Миграционная консультация|Göç danışmanlığı
        Service|Sozialberatung|Social counselling|الاستشارة الاجتماعية|مشاوره اجتماعی|Соціальна консультація|Социальная консультация|Sosyal danışmanlık
        Service|Schuldnerberatung|Debt advice|استشارات الديون|مشاوره بدهی|Консультація з боргів|Консультация по долгам|Borç danışmanlığı
        Service|Rechtsberatung|Legal advice|الاستشارة القانونية|مشاوره حقوقی|Юридична консультація|Юридическая консультация|Hukuki danışmanlık
        Service|Berufsberatung|Career guidance|الإرشاد المهني|مشاوره شغلی|Профорієнтація|Профориентация|Meslek danışmanlığı
        Service|Erziehungsberatung|Parenting advice|استشارات التربية|مشاوره تربیتی|Консультація з виховання|Консультация по воспитанию|Ebeveyn danışmanlığı
        Service|Gesundheitsberatung|Health advice|الاستشارة الصحية|مشاوره سلامت|Консультація зі здоров'я|Консультация по здоровью|Sağlık danışmanlığı
        Service|Wohnungssuche|Help finding a flat|المساعدة في البحث عن سكن|کمک برای پیدا کردن خانه|Допомога з пошуком житла|Помощь в поиске жилья|Ev arama yardımı
        Service|Asylverfahrensberatung|Asylum procedure advice|استشارات إجراءات اللجوء|مشاوره روند پناهندگی|Консультація щодо процедури притулку|Консультация по процедуре убежища|İltica süreci danışmanlığı
        Service|Anerkennungsberatung|Advice on the recognition of qualifications|استشارات الاعتراف بالشهادات|مشاوره شناسایی مدارک|Консультація з визнання дипломів|Консультация по признанию дипломов|Diploma denklik danışmanlığı
        Service|Dolmetscherdienst|Interpreting service|خدمة الترجمة الفورية|خدمات ترجمه شفاهی|Послуги перекладача|Услуги переводчика|Tercümanlık hizmeti
        Service|Suchtberatung|Addiction counselling|استشارات الإدمان|مشاوره اعتیاد|Консультація із залежностей|Консультация по зависимостям|Bağımlılık danışmanlığı
        Service|Kinderbetreuung|Childcare|رعاية الأطفال|نگهداری از کودکان|Догляд за дітьми|Присмотр за детьми|Çocuk bakımı
        Service|Kleiderkammer|Clothing bank|بنك الملابس|بانک لباس|Пункт видачі одягу|Пункт выдачи одежды|Giysi bankası
        Course|Sprachkurs|Language course|دورة لغة|کلاس زبان|Мовний курс|Языковой курс|Dil kursu
        Course|Integrationskurs|Integration course|دورة الاندماج|دوره ادغام|Інтеграційний курс|Интеграционный курс|Uyum kursu
        Course|Deutschkurs|German course|دورة اللغة الألمانية|کلاس زبان آلمانی|Курс німецької мови|Курс немецкого языка|Almanca kursu
        Course|Alphabetisierungskurs|Literacy course|دورة محو الأمية|کلاس سوادآموزی|Курс грамотності|Курс грамотности|Okuma yazma kursu
        Course|Computerkurs|Computer course|دورة الحاسوب|کلاس کامپیوتر|Комп'ютерний курс|Компьютерный курс|Bilgisayar kursu
        Course|Schwimmkurs|Swimming course|دورة السباحة|کلاس شنا|Курс плавання|Курс плавания|Yüzme kursu
        Course|Bewerbungstraining|Job application training|تدريب على طلبات العمل|آموزش درخواست کار|Тренінг із працевлаштування|Тренинг по поиску работы|İş başvurusu eğitimi
        Course|Elternkurs|Course for parents|دورة للآباء والأمهات|کلاس برای والدین|Курс для батьків|Курс для родителей|Ebeveyn kursu
        Course|Nähkurs|Sewing course|دورة الخياطة|کلاس خیاطی|Курс шиття|Курс шитья|Dikiş kursu
        Course|Fahrschulkurs|Driving theory course|دورة تعليم القيادة|کلاس رانندگی|Курс водіння|Курс вождения|Sürücü kursu
        Club|Sportverein|Sports club|نادٍ رياضي|باشگاه ورزشی|Спортивний клуб|Спортивный клуб|Spor kulübü
        Club|Fußballverein|Football club|نادي كرة القدم|باشگاه فوتبال|Футбольний клуб|Футбольный клуб|Futbol kulübü
        Club|Schachclub|Chess club|نادي الشطرنج|باشگاه شطرنج|Шаховий клуб|Шахматный клуб|Satranç kulübü
        Club|Chor|Choir|جوقة غنائية|گروه کر|Хор|Хор|Koro
        Club|Kulturverein|Cultural association|جمعية ثقافية|انجمن فرهنگی|Культурне товариство|Культурное общество|Kültür derneği
        Club|Gartenverein|Gardening club|جمعية البستنة|انجمن باغبانی|Садове товариство|Садовое общество|Bahçe derneği
        Club|Jugendclub|Youth club|نادي الشباب|باشگاه جوانان|Молодіжний клуб|Молодёжный клуб|Gençlik kulübü
        Club|Frauentreff|Women's meeting point|ملتقى النساء|پاتوق زنان|Жіночий клуб|Женский клуб|Kadın buluşma noktası
        VolunteerInitiative|Hausaufgabenhilfe|Homework help|المساعدة في الواجبات المدرسية|کمک به تکالیف مدرسه|Допомога з домашнім завданням|Помощь с домашним заданием|Ödev yardımı
        VolunteerInitiative|Sprachpatenschaft|Language mentoring|رعاية لغوية|همیاری زبان|Мовне наставництво|Языковое наставничество|Dil mentorluğu
        VolunteerInitiative|Begleitung zu Ämtern|Accompaniment to public offices|المرافقة إلى الدوائر الحكومية|همراهی به ادارات|Супровід до установ|Сопровождение в учреждения|Resmi dairelere refakat
        VolunteerInitiative|Fahrradwerkstatt|Bicycle workshop|ورشة الدراجات|کارگاه دوچرخه|Велосипедна майстерня|Велосипедная мастерская|Bisiklet atölyesi
        VolunteerInitiative|Nachbarschaftshilfe|Neighbourhood help|مساعدة الجيران|کمک همسایگی|Сусідська допомога|Соседская помощь|Komşu yardımı
        VolunteerInitiative|Sprachcafé|Language café|مقهى اللغة|کافه زبان|Мовне кафе|Языковое кафе|Dil kafesi
        Event|Begegnungsfest|Festival of encounter|مهرجان اللقاء|جشن دیدار|Свято зустрічей|Праздник встреч|Buluşma şenliği
        Event|Infoabend|Information evening|أمسية إعلامية|شب اطلاع‌رسانی|Інформаційний вечір|Информационный вечер|Bilgilendirme akşamı
        Event|Gesundheitstag|Health day|يوم الصحة|روز سلامت|День здоров'я|День здоровья|Sağlık günü
        Event|Kochabend|International cooking evening|أمسية طبخ دولية|شب آشپزی بین‌المللی|Міжнародний кулінарний вечір|Международный кулинарный вечер|Uluslararası yemek akşamı
        Event|Jobmesse|Job fair|معرض التوظيف|نمایشگاه کار|Ярмарок вакансій|Ярмарка вакансий|İş fuarı
        Organisation|Familienzentrum|Family centre|مركز الأسرة|مرکز خانواده|Сімейний центр|Семейный центр|Aile merkezi
        Organisation|Beratungsstelle|Advice centre|مركز الاستشارات|مرکز مشاوره|Консультаційний центр|Консультационный центр|Danışma merkezi
        Organisation|Bildungswerk|Education centre|مركز التعليم|مرکز آموزش|Освітній центр|Образовательный центр|Eğitim merkezi
        Organisation|Nachbarschaftszentrum|Neighbourhood centre|مركز الحي|مرکز محله|Центр сусідства|Соседский центр|Mahalle merkezi
        """;

    public const string Audiences = """
        für Frauen|for women|للنساء|برای زنان|для жінок|для женщин|kadınlar için
        für Familien|for families|للعائلات|برای خانواده‌ها|для сімей|для семей|aileler için
        für Kinder|for children|للأطفال|برای کودکان|для дітей|для детей|çocuklar için
        für Jugendliche|for young people|للشباب|برای نوجوانان|для молоді|для молодёжи|gençler için
        für Geflüchtete|for refugees|للاجئين|برای پناهجویان|для біженців|для беженцев|mülteciler için
        für Senioren|for older people|لكبار السن|برای سالمندان|для літніх людей|для пожилых людей|yaşlılar için
        für Fachkräfte|for skilled workers|للعمال المهرة|برای نیروهای متخصص|для фахівців|для специалистов|nitelikli çalışanlar için
        für Eltern|for parents|للآباء والأمهات|برای والدین|для батьків|для родителей|ebeveynler için
        für Anfänger|for beginners|للمبتدئين|برای مبتدیان|для початківців|для начинающих|yeni başlayanlar için
        für alle|for everyone|للجميع|برای همه|для всіх|для всех|herkes için
        """;

    public const string Towns = """
        arnstadt|in Arnstadt|in Arnstadt|في أرنشتات|در آرنشتات|в Арнштадті|в Арнштадте|Arnstadt'ta
        ilmenau|in Ilmenau|in Ilmenau|في إلميناو|در ایلمناو|в Ільменау|в Ильменау|Ilmenau'da
        stadtilm|in Stadtilm|in Stadtilm|في شتات إلم|در اشتات‌ایلم|у Штадтільмі|в Штадтильме|Stadtilm'de
        grossbreitenbach|in Großbreitenbach|in Grossbreitenbach|في غروسبرايتنباخ|در گروس‌برایتن‌باخ|у Гросбрайтенбаху|в Гросбрайтенбахе|Großbreitenbach'ta
        plaue|in Plaue|in Plaue|في بلاوه|در پلاوه|у Плауе|в Плауэ|Plaue'de
        geratal|in Geratal|in Geratal|في غيراتال|در گراتال|у Гераталі|в Гератале|Geratal'da
        elgersburg|in Elgersburg|in Elgersburg|في إلغرسبورغ|در الگرسبورگ|в Ельгерсбурзі|в Эльгерсбурге|Elgersburg'da
        martinroda|in Martinroda|in Martinroda|في مارتينرودا|در مارتین‌رودا|у Мартінроді|в Мартинроде|Martinroda'da
        ilm-kreis|im Ilm-Kreis|in the Ilm district|في مقاطعة إلم|در ناحیه ایلم|в районі Ільм|в районе Ильм|Ilm ilçesinde
        """;

    public const string Topics = """
        sprache-bildung|Sprache und Bildung|Language and education|اللغة والتعليم|زبان و آموزش|Мова та освіта|Язык и образование|Dil ve eğitim
        ausbildung-arbeit|Ausbildung und Arbeit|Training and work|التدريب والعمل|آموزش حرفه‌ای و کار|Навчання та робота|Обучение и работа|Eğitim ve iş
        wohnen|Wohnen|Housing|السكن|مسکن|Житло|Жильё|Konut
        gesundheit-soziales|Gesundheit und Soziales|Health and social affairs|الصحة والشؤون الاجتماعية|سلامت و امور اجتماعی|Здоров'я та соціальні питання|Здоровье и социальные вопросы|Sağlık ve sosyal konular
        kultur-freizeit-sport|Kultur, Freizeit und Sport|Culture, leisure and sport|الثقافة والترفيه والرياضة|فرهنگ، اوقات فراغت و ورزش|Культура, дозвілля та спорт|Культура, досуг и спорт|Kültür, boş zaman ve spor
        interkulturelle-oeffnung|Interkulturelle Öffnung|Intercultural opening|الانفتاح بين الثقافات|گشایش بین‌فرهنگی|Міжкультурна відкритість|Межкультурная открытость|Kültürlerarası açılım
        """;

    public const string Days = """
        montags|on Mondays|أيام الاثنين|دوشنبه‌ها|щопонеділка|по понедельникам|pazartesi günleri
        dienstags|on Tuesdays|أيام الثلاثاء|سه‌شنبه‌ها|щовівторка|по вторникам|salı günleri
        mittwochs|on Wednesdays|أيام الأربعاء|چهارشنبه‌ها|щосереди|по средам|çarşamba günleri
        donnerstags|on Thursdays|أيام الخميس|پنجشنبه‌ها|щочетверга|по четвергам|perşembe günleri
        freitags|on Fridays|أيام الجمعة|جمعه‌ها|щоп'ятниці|по пятницам|cuma günleri
        samstags|on Saturdays|أيام السبت|شنبه‌ها|щосуботи|по субботам|cumartesi günleri
        """;

    public const string Titles = """
        == de
        {offer} {town}
        {offer} {aud}
        {offer} {aud} {town}
        == en
        {offer} {town}
        {offer} {aud}
        {offer} {aud} {town}
        == ar
        {offer} {town}
        {offer} {aud}
        {offer} {aud} {town}
        == fa
        {offer} {town}
        {offer} {aud}
        {offer} {aud} {town}
        == uk
        {offer} {town}
        {offer} {aud}
        {offer} {aud} {town}
        == ru
        {offer} {town}
        {offer} {aud}
        {offer} {aud} {town}
        == tr
        {town} {offer}
        {aud} {offer}
        {town} {aud} {offer}
        """;

    public const string Summaries = """
        == de
        {offer} {aud} {town}. Das Angebot ist kostenlos.
        Wir bieten {offer} {town} an, {day} von 9 bis 12 Uhr.
        Hier finden Sie Hilfe und Informationen zum Thema {topic}.
        == en
        {offer} {aud} {town}. It is free of charge.
        We offer {offer} {town}, {day} from 9 to 12.
        Here you find help and information on {topic}.
        == ar
        {offer} {aud} {town}. الخدمة مجانية.
        نقدم {offer} {town}، {day} من الساعة 9 إلى 12.
        هنا تجد المساعدة والمعلومات حول {topic}.
        == fa
        {offer} {aud} {town}. این خدمات رایگان است.
        ما {offer} را {town} ارائه می‌دهیم، {day} از ساعت ۹ تا ۱۲.
        اینجا کمک و اطلاعات درباره {topic} پیدا می‌کنید.
        == uk
        {offer} {aud} {town}. Послуга безкоштовна.
        Ми пропонуємо: {offer} {town}, {day} з 9 до 12.
        Тут ви знайдете допомогу та інформацію на тему «{topic}».
        == ru
        {offer} {aud} {town}. Услуга бесплатная.
        Мы предлагаем: {offer} {town}, {day} с 9 до 12.
        Здесь вы найдёте помощь и информацию по теме «{topic}».
        == tr
        {town} {aud} {offer}. Hizmet ücretsizdir.
        {town} {day} saat 9 ile 12 arasında {offer} sunuyoruz.
        Burada {topic} hakkında yardım ve bilgi bulabilirsiniz.
        """;

    public const string Sentences = """
        == de
        Das Angebot „{offer}“ richtet sich an Menschen, die neu im Ilm-Kreis sind.
        Sie können {day} ohne Termin vorbeikommen.
        Bitte bringen Sie Ihren Ausweis und wichtige Briefe mit.
        Wir sprechen Deutsch, Englisch, Arabisch und Russisch.
        Die Beratung ist vertraulich und kostenlos.
        Während der Termine gibt es eine Kinderbetreuung.
        Der Eingang ist barrierefrei, ein Aufzug ist vorhanden.
        Mehr zum Thema {topic} erfahren Sie bei unseren Mitarbeiterinnen und Mitarbeitern.
        Die Anmeldung geht per Telefon oder E-Mail, auf Wunsch mit Dolmetscher.
        Die Gruppe trifft sich {day} im Gemeindehaus {town}.
        == en
        The offer “{offer}” is meant for people who are new to the Ilm district.
        You can drop in {day} without an appointment.
        Please bring your ID and important letters.
        We speak German, English, Arabic and Russian.
        The advice is confidential and free of charge.
        Childcare is available during appointments.
        The entrance is step-free and there is a lift.
        Our staff tell you more about {topic}.
        You can register by phone or email, with an interpreter if you wish.
        The group meets {day} at the community hall {town}.
        == ar
        عرض «{offer}» موجّه للأشخاص الجدد في مقاطعة إلم.
        يمكنكم الحضور {day} دون موعد.
        يرجى إحضار بطاقة الهوية والرسائل المهمة.
        نتحدث الألمانية والإنجليزية والعربية والروسية.
        الاستشارة سرية ومجانية.
        تتوفر رعاية للأطفال أثناء المواعيد.
        المدخل خالٍ من العوائق ويوجد مصعد.
        يخبركم موظفونا بالمزيد عن {topic}.
        التسجيل بالهاتف أو البريد الإلكتروني، ومع مترجم عند الطلب.
        تلتقي المجموعة {day} في قاعة البلدية {town}.
        == fa
        خدمت «{offer}» برای کسانی است که تازه به ناحیه ایلم آمده‌اند.
        می‌توانید {day} بدون وقت قبلی مراجعه کنید.
        لطفاً کارت شناسایی و نامه‌های مهم را همراه بیاورید.
        ما آلمانی، انگلیسی، عربی و روسی صحبت می‌کنیم.
        مشاوره محرمانه و رایگان است.
        در زمان جلسات از کودکان نگهداری می‌شود.
        ورودی بدون مانع است و آسانسور دارد.
        همکاران ما درباره {topic} به شما اطلاعات بیشتری می‌دهند.
        ثبت‌نام با تلفن یا ایمیل، در صورت نیاز با مترجم.
        گروه {day} در سالن محله {town} دور هم جمع می‌شود.
        == uk
        Пропозиція «{offer}» призначена для людей, які нещодавно приїхали до району Ільм.
        Ви можете прийти {day} без запису.
        Будь ласка, візьміть із собою посвідчення особи та важливі листи.
        Ми розмовляємо німецькою, англійською, арабською та російською.
        Консультація конфіденційна та безкоштовна.
        Під час зустрічей є догляд за дітьми.
        Вхід без бар'єрів, є ліфт.
        Наші співробітники розкажуть більше на тему «{topic}».
        Реєстрація телефоном або електронною поштою, за бажанням із перекладачем.
        Група збирається {day} у громадському будинку {town}.
        == ru
        Предложение «{offer}» предназначено для людей, которые недавно приехали в район Ильм.
        Вы можете прийти {day} без записи.
        Пожалуйста, возьмите с собой удостоверение личности и важные письма.
        Мы говорим по-немецки, по-английски, по-арабски и по-русски.
        Консультация конфиденциальная и бесплатная.
        Во время встреч есть присмотр за детьми.
        Вход без барьеров, есть лифт.
        Наши сотрудники расскажут больше по теме «{topic}».
        Запись по телефону или электронной почте, по желанию с переводчиком.
        Группа встречается {day} в общественном доме {town}.
        == tr
        “{offer}” hizmeti Ilm ilçesine yeni gelen kişiler içindir.
        {day} randevusuz gelebilirsiniz.
        Lütfen kimliğinizi ve önemli mektuplarınızı yanınızda getirin.
        Almanca, İngilizce, Arapça ve Rusça konuşuyoruz.
        Danışmanlık gizli ve ücretsizdir.
        Randevular sırasında çocuk bakımı vardır.
        Giriş engelsizdir, asansör vardır.
        Çalışanlarımız size {topic} hakkında daha fazla bilgi verir.
        Kayıt telefonla veya e-postayla yapılır, isterseniz tercümanla.
        Grup {day} {town} mahalle salonunda buluşur.
        """;
}
