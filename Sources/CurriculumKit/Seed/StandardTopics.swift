/// The 16 priority topics that a new folder starts with, written from the project's seeds.
struct StandardTopic: Sendable {
    let number: Int
    let id: String
    let title: String
    let aim: String
    let description: String
    let targetGroups: [String]
}

extension StandardTopic {
    /// The 16 topics, in catalog order.
    static let all: [StandardTopic] = [
        StandardTopic(
            number: 1,
            id: "01-global-and-regional-migration-governance",
            title: "Global and Regional Migration Governance",
            aim: "Enable officials to place their institution's work within the global, EU and regional frameworks of migration governance and to use regional cooperation channels effectively.",
            description: "Named among the 16 priority training topics that the four beneficiary institutions identified in the November 2024 training needs assessment of the MIRCO project. The topic introduces the international and EU frameworks that shape migration policy, and explains how the priorities set in the EU acquis guide the institutions of the Western Balkans. It presents the roles of the EU agencies and international organisations active in the region, such as the EU Agency for Asylum (EUAA), Frontex, ICMPD, IOM and UNHCR, and shows how coordination between initiatives avoids duplication of effort. Participants examine how cooperation between the Western Balkans and neighbouring EU Member States works in practice, and where their own institution fits in it.",
            targetGroups: [
                "Ministry of Interior of Montenegro",
                "Ministry of Security of Bosnia and Herzegovina",
                "Ministry of Interior of North Macedonia",
                "Commissariat for Refugees and Migration of the Republic of Serbia",
            ]
        ),
        StandardTopic(
            number: 2,
            id: "02-human-rights-and-migration",
            title: "Human Rights and Migration",
            aim: "Enable officials to apply international and European human rights standards in every decision and contact involving migrants, asylum seekers and returnees.",
            description: "Named among the 16 priority training topics that the four beneficiary institutions identified in the November 2024 training needs assessment of the MIRCO project. The topic covers the human rights obligations that bind migration authorities under international law and the EU acquis, including non-refoulement, the right to liberty, respect for family life and access to an effective remedy. All four countries recognised legal knowledge as a crucial area for improvement, and this topic lays the common legal foundation on which the more specialised modules of the curriculum build. Participants practise recognising when a decision or an operational measure interferes with a right, and documenting why it is lawful, necessary and proportionate.",
            targetGroups: [
                "Ministry of Interior of Montenegro",
                "Ministry of Security of Bosnia and Herzegovina",
                "Ministry of Interior of North Macedonia",
                "Commissariat for Refugees and Migration of the Republic of Serbia",
            ]
        ),
        StandardTopic(
            number: 3,
            id: "03-prevention-of-torture-and-migrants-rights",
            title: "Prevention of Torture and Protection of Migrants' Rights",
            aim: "Enable officials to prevent torture and ill-treatment of migrants in apprehension, detention, reception and return, and to respond correctly when ill-treatment is alleged.",
            description: "Named among the 16 priority training topics that the four beneficiary institutions identified in the November 2024 training needs assessment of the MIRCO project. The topic covers the absolute prohibition of torture and inhuman or degrading treatment, the safeguards owed to persons deprived of their liberty, and the role of independent monitoring bodies. It links these standards to the everyday situations that border police, detention and reception staff face, including the early identification of persons with special needs. Communication skills, which participants in Serbia, North Macedonia and Montenegro emphasised in the assessment, are practised through de-escalation and interview exercises.",
            targetGroups: [
                "Ministry of Interior of Montenegro",
                "Ministry of Security of Bosnia and Herzegovina",
                "Ministry of Interior of North Macedonia",
                "Commissariat for Refugees and Migration of the Republic of Serbia",
            ]
        ),
        StandardTopic(
            number: 4,
            id: "04-smuggling-in-mixed-migration-flows",
            title: "Smuggling of Human Beings in Mixed Migration Flows",
            aim: "Enable officials to detect migrant smuggling within mixed migration flows, distinguish it from trafficking in human beings, and cooperate across borders against smuggling networks while protecting smuggled persons.",
            description: "Named among the 16 priority training topics that the four beneficiary institutions identified in the November 2024 training needs assessment of the MIRCO project. Mixed flows through the Western Balkans bring together refugees, asylum seekers and other migrants, some of whom travel with the help of smugglers. The topic covers the international and EU legal framework against migrant smuggling, the indicators that separate smuggling from trafficking, and the exchange of information between countries along the route. It responds directly to irregular migration and border security and management, which the assessment identified as major challenges, particularly in Bosnia and Herzegovina and Serbia.",
            targetGroups: [
                "Ministry of Interior of Montenegro",
                "Ministry of Security of Bosnia and Herzegovina",
                "Ministry of Interior of North Macedonia",
            ]
        ),
        StandardTopic(
            number: 5,
            id: "05-preventing-and-combatting-irregular-migration",
            title: "Preventing and Combatting Irregular Migration",
            aim: "Enable officials to plan and apply lawful, proportionate measures that prevent irregular migration and respond to irregular entry and stay in line with the EU acquis.",
            description: "Named among the 16 priority training topics that the four beneficiary institutions identified in the November 2024 training needs assessment of the MIRCO project. Irregular migration was also identified there as one of the major migration-related challenges, particularly in Bosnia and Herzegovina and Serbia. The topic covers the drivers and routes of irregular migration through the region, detection and registration, alternatives to detention, and the link between irregular stay and return procedures. It draws on the EU acquis on irregular migration and return and on the experience of neighbouring EU Member States. Participants practise decision-making on individual cases in which enforcement duties and protection duties meet.",
            targetGroups: [
                "Ministry of Interior of Montenegro",
                "Ministry of Security of Bosnia and Herzegovina",
                "Ministry of Interior of North Macedonia",
                "Commissariat for Refugees and Migration of the Republic of Serbia",
            ]
        ),
        StandardTopic(
            number: 6,
            id: "06-rights-of-victims-of-trafficking",
            title: "Protection of the Rights of Victims of Human Trafficking",
            aim: "Enable officials to identify presumed victims of trafficking early, refer them to assistance, and protect their rights throughout criminal and administrative proceedings.",
            description: "Named among the 16 priority training topics that the four beneficiary institutions identified in the November 2024 training needs assessment of the MIRCO project. The topic covers the definition of trafficking in human beings, indicators for identifying victims among migrants, asylum seekers and returnees, national referral mechanisms, and victims' rights to assistance and protection under Directive 2011/36/EU. Human trafficking was also one of the new subjects that local self-governments took up in the Plandište training on local action plans, so the topic connects national institutions with local actors. Particular attention is paid to women and children and to avoiding secondary victimisation during interviews.",
            targetGroups: [
                "Ministry of Interior of Montenegro",
                "Ministry of Security of Bosnia and Herzegovina",
                "Commissariat for Refugees and Migration of the Republic of Serbia",
                "Members of local Migration Councils",
            ]
        ),
        StandardTopic(
            number: 7,
            id: "07-migration-and-security",
            title: "Migration and Security",
            aim: "Enable officials to analyse security risks linked to migration and to respond proportionately while respecting the rights of migrants.",
            description: "Named among the 16 priority training topics that the four beneficiary institutions identified in the November 2024 training needs assessment of the MIRCO project. The topic covers risk analysis, information exchange with EU agencies such as Frontex, and operational cooperation between the Western Balkans and neighbouring EU Member States. It addresses border security and management, which the assessment named as one of the major migration-related challenges, and shows how security measures are balanced with fundamental rights obligations. Technical skills, emphasised by participants in Serbia, North Macedonia and Montenegro, are developed through practical work with data and analytical tools.",
            targetGroups: [
                "Ministry of Interior of Montenegro",
                "Ministry of Security of Bosnia and Herzegovina",
                "Ministry of Interior of North Macedonia",
            ]
        ),
        StandardTopic(
            number: 8,
            id: "08-migration-and-development",
            title: "Migration and Development",
            aim: "Enable officials to design measures that strengthen the positive effects of migration, including cooperation with the diaspora and the return of nationals, on national and local development.",
            description: "Named among the 16 priority training topics that the four beneficiary institutions identified in the November 2024 training needs assessment of the MIRCO project. The topic examines how emigration, return and cooperation with the diaspora affect the development of the region, and how migration can be taken into account in development planning. It draws on the Plandište training, in which Serbian local self-governments addressed economic migration, emigration of the population, depopulation and cooperation with the diaspora in their local action plans. Participants identify measures that mitigate the negative effects of migration and strengthen its positive impact on development.",
            targetGroups: [
                "Commissariat for Refugees and Migration of the Republic of Serbia",
                "Ministry of Security of Bosnia and Herzegovina",
                "Local self-government officials",
                "Members of local Migration Councils",
            ]
        ),
        StandardTopic(
            number: 9,
            id: "09-migration-and-gender",
            title: "Migration and Gender",
            aim: "Enable officials to recognise how gender shapes the experiences and risks of migrants and to apply a gender-sensitive approach in procedures and services.",
            description: "Named among the 16 priority training topics that the four beneficiary institutions identified in the November 2024 training needs assessment of the MIRCO project. The topic covers the different risks that women, men, girls and boys face in migration, including gender-based violence, trafficking and exploitation, and the gender dimension of labour migration. It introduces gender-sensitive interviewing, reception and data collection, and the international and EU standards that require them. Participants review procedures of their own institutions to find where a gender-sensitive approach changes the outcome for the person concerned.",
            targetGroups: [
                "Ministry of Interior of Montenegro",
                "Ministry of Security of Bosnia and Herzegovina",
                "Ministry of Interior of North Macedonia",
                "Commissariat for Refugees and Migration of the Republic of Serbia",
            ]
        ),
        StandardTopic(
            number: 10,
            id: "10-legal-migration-and-labour-mobility",
            title: "Legal Migration Pathways and Labour Mobility",
            aim: "Enable officials to administer legal migration and labour mobility procedures and to cooperate with EU Member States on fair and regular pathways.",
            description: "Derived from the November 2024 training needs assessment, which found an increasing demand for training on legal migration pathways and labour mobility in all four beneficiary countries and highlighted the need for enhanced regional cooperation in this field. The topic covers the EU acquis on legal migration, residence and work permits, the recognition of qualifications, and the protection of the rights of migrant workers. It also addresses economic migration and the emigration of the region's own population, which local self-governments raised in the Plandište training on local action plans. Participants compare procedures across the region and with EU Member States to identify where cooperation can make pathways faster and safer.",
            targetGroups: [
                "Ministry of Interior of Montenegro",
                "Ministry of Security of Bosnia and Herzegovina",
                "Ministry of Interior of North Macedonia",
                "Commissariat for Refugees and Migration of the Republic of Serbia",
            ]
        ),
        StandardTopic(
            number: 11,
            id: "11-asylum-procedures",
            title: "Asylum Procedures and International Protection",
            aim: "Enable officials to conduct fair and efficient asylum procedures, from access and registration to a reasoned first-instance decision, in line with the EU acquis.",
            description: "Derived from the November 2024 training needs assessment, in which asylum procedures were identified as a more pressing issue in Montenegro and North Macedonia. The topic covers access to the procedure, registration, the personal interview, credibility assessment, country-of-origin information and the reasoning of decisions, following the Common European Asylum System and the practical tools of the EU Agency for Asylum (EUAA). Legal knowledge, which all countries recognised as crucial, and interview communication skills are at the centre of the training. Safeguards for vulnerable applicants and unaccompanied children run through every module of the topic.",
            targetGroups: [
                "Ministry of Interior of Montenegro",
                "Ministry of Interior of North Macedonia",
                "Ministry of Security of Bosnia and Herzegovina",
                "Commissariat for Refugees and Migration of the Republic of Serbia",
            ]
        ),
        StandardTopic(
            number: 12,
            id: "12-border-security-and-management",
            title: "Border Security and Management",
            aim: "Enable officials to apply the principles of integrated border management in border checks, border surveillance, and inter-agency and cross-border cooperation.",
            description: "Derived from the November 2024 training needs assessment, which identified border security and management as one of the major migration-related challenges, particularly in Bosnia and Herzegovina and Serbia. The topic covers European integrated border management, border checks and surveillance, the referral at the border of persons in need of protection, and cooperation with Frontex and neighbouring EU Member States. Participants develop the technical skills needed to work with border information systems and practise joint operational planning. Fundamental rights safeguards at the border are treated as part of operational quality rather than as a separate subject.",
            targetGroups: [
                "Ministry of Interior of Montenegro",
                "Ministry of Security of Bosnia and Herzegovina",
                "Ministry of Interior of North Macedonia",
            ]
        ),
        StandardTopic(
            number: 13,
            id: "13-return-and-reintegration",
            title: "Return, Readmission and Reintegration",
            aim: "Enable officials to carry out return and readmission procedures that respect the rights of returnees and to support their sustainable reintegration in cooperation with local self-governments.",
            description: "Derived from the November 2024 training needs assessment, which named return and reintegration of migrants as a major challenge, particularly in Bosnia and Herzegovina and Serbia. The topic covers readmission agreements with the EU, voluntary and forced return in line with the EU acquis, and the reception and reintegration of returning nationals. It links national procedures with the local level: the Plandište training showed that Serbian municipalities deal with a large number of regular and irregular returnees and need to include them in their local action plans. Participants practise coordinating the institutions involved in a returnee's first weeks after arrival.",
            targetGroups: [
                "Ministry of Security of Bosnia and Herzegovina",
                "Commissariat for Refugees and Migration of the Republic of Serbia",
                "Local self-government officials",
                "Members of local Migration Councils",
            ]
        ),
        StandardTopic(
            number: 14,
            id: "14-crisis-management-in-migration",
            title: "Crisis Management and Decision-Making in Migration",
            aim: "Enable officials to prepare for and lead the response to migration emergencies, taking sound decisions under time pressure and uncertainty.",
            description: "Derived from the November 2024 training needs assessment, in which crisis management and decision-making were highlighted as top priorities in Bosnia and Herzegovina and were named among the key skills in all four countries. The topic covers contingency planning, crisis coordination structures, information management during a sudden increase in arrivals, and the protection of vulnerable persons in emergencies. It is taught mainly through simulations, role-plays and tabletop exercises, so that participants rehearse the decisions they may one day have to take for real. Communication with partner institutions and the public, emphasised in Serbia, North Macedonia and Montenegro, is practised as a core crisis skill.",
            targetGroups: [
                "Ministry of Security of Bosnia and Herzegovina",
                "Ministry of Interior of Montenegro",
                "Ministry of Interior of North Macedonia",
                "Commissariat for Refugees and Migration of the Republic of Serbia",
            ]
        ),
        StandardTopic(
            number: 15,
            id: "15-local-migration-governance",
            title: "Local Migration Governance and Action Planning",
            aim: "Enable members of local Migration Councils and local self-government officials to analyse migration in their municipality and to draft, adopt and monitor a Local Action Plan.",
            description: "Built on the training \"Local Action Plans for Improving the Position of Different Categories of Migrants\", held by the Commissariat for Refugees and Migration with IOM and the support of the Swiss Agency for Development and Cooperation at the training centre in Plandište, where four sessions were attended by representatives of 26 local self-government units. Changes in the migration context require revising old local action plans and writing new ones: besides forced migration, municipalities face emigration, depopulation, regular and irregular returnees and internal migration, and new subjects such as economic migration, cooperation with the diaspora and human trafficking. The topic serves new members of project teams and working groups who meet these subjects for the first time, and experienced members who need a refresher on new trends. Its purpose is to integrate new categories of migrants into local public policy documents so that the negative effects of migration are mitigated and its positive impact on local development is strengthened.",
            targetGroups: [
                "Members of local Migration Councils",
                "Local self-government officials",
                "Commissariat for Refugees and Migration of the Republic of Serbia",
            ]
        ),
        StandardTopic(
            number: 16,
            id: "16-children-and-youth-in-migration",
            title: "Children and Youth in Migration",
            aim: "Enable officials to apply the best interests of the child in every procedure that involves a child and to respond to the particular needs of unaccompanied children and young people in migration.",
            description: "Planned by the training centre as the sixteenth topic, complementing the priorities identified in the November 2024 training needs assessment. The topic covers the best interests of the child, safeguards in age assessment, guardianship and care for unaccompanied and separated children, child-friendly interviewing, and the prevention of child trafficking. It also addresses children and young people in returnee families and in communities affected by emigration, whom local action plans need to take into account. Participants practise coordinating with guardianship and social welfare services, whose role is decisive in every case involving a child.",
            targetGroups: [
                "Ministry of Interior of Montenegro",
                "Ministry of Security of Bosnia and Herzegovina",
                "Ministry of Interior of North Macedonia",
                "Commissariat for Refugees and Migration of the Republic of Serbia",
            ]
        ),
    ]
}

/// What a new catalog is called and which languages it expects.
public enum StandardCatalog {
    static let title = "MIRCO Regional Migration Management Training Curricula"
    public static let languages = ["en", "sr-Latn", "sr-Cyrl", "bs", "mk", "cnr", "sq"]
}
