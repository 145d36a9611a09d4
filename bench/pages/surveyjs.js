// The widget's questions as a SurveyJS survey: one question per page, the same texts (from
// content/en/ui.json), the same follow-up rules (content/questionnaire.json) and option values
// equal to the widget's option ids. SurveyJS's defaults are kept otherwise.
const json = {
  locale: "en",
  questionsOnPageMode: "questionPerPage",
  showProgressBar: true,
  progressBarType: "questions",
  pageNextText: "Continue",
  pagePrevText: "Back",
  completeText: "See my information",
  completedHtml: "<h3>Your information about stem-cell therapy</h3>",
  questionErrorLocation: "top",
  description: "Answer a few questions to see information that fits you. It takes about 2 minutes. Nothing you enter leaves this device.",
  elements: [
    {
      type: "radiogroup",
      name: "condition",
      title: "What is your main condition?",
      description: "Choose the one that troubles you most. If a doctor has not named it yet, choose “Not sure”.",
      isRequired: true,
      requiredErrorText: "Select your main condition, or “Not sure”",
      choices: [
        { value: "rheumatoid_arthritis", text: "Rheumatoid arthritis" },
        { value: "osteoarthritis", text: "Osteoarthritis" },
        { value: "lupus", text: "Lupus" },
        { value: "multiple_sclerosis", text: "Multiple sclerosis (MS)" },
        { value: "other_autoimmune", text: "Another autoimmune disease" },
        { value: "joint_injury", text: "A joint injury" },
        { value: "wear_and_tear", text: "Overuse or age-related wear" },
        { value: "bursitis_tendonitis", text: "Bursitis or tendonitis" },
        { value: "not_sure", text: "Not sure, or not diagnosed" },
      ],
    },
    {
      type: "radiogroup",
      name: "joint",
      title: "Which part of your body troubles you most?",
      description: "The evidence is different for different joints.",
      visibleIf:
        "{condition} anyof ['rheumatoid_arthritis', 'osteoarthritis', 'joint_injury', 'wear_and_tear', 'bursitis_tendonitis', 'not_sure']",
      isRequired: true,
      requiredErrorText: "Select the part of your body that troubles you most",
      choices: [
        { value: "knee", text: "Knee" },
        { value: "hip", text: "Hip" },
        { value: "hand", text: "Hand or wrist" },
        { value: "shoulder", text: "Shoulder" },
        { value: "back_neck", text: "Back or neck" },
        { value: "other_joint", text: "Another joint" },
      ],
    },
    {
      type: "radiogroup",
      name: "diagnosed",
      title: "Has a doctor diagnosed this condition?",
      visibleIf: "{condition} != 'not_sure'",
      isRequired: true,
      requiredErrorText: "Select whether a doctor has diagnosed this condition",
      choices: [
        { value: "yes", text: "Yes" },
        { value: "no", text: "No" },
        { value: "not_sure", text: "Not sure" },
      ],
    },
    {
      type: "checkbox",
      name: "medications",
      title: "Which medicines do you take now?",
      description: "Select all that apply. This helps show what to ask the doctor who prescribes them.",
      isRequired: true,
      requiredErrorText: "Select the medicines you take, or “None”, or “Not sure”",
      choices: [
        { value: "nsaids", text: "Pain relievers called NSAIDs" },
        { value: "paracetamol", text: "Acetaminophen (paracetamol)" },
        { value: "corticosteroids", text: "Steroid medicines" },
        { value: "conventional_dmards", text: "Disease-modifying drugs (DMARDs)" },
        { value: "biologics_jak", text: "Biologics or JAK inhibitors" },
        { value: "immunosuppressants_ms", text: "Other immune-suppressing medicines, or MS disease-modifying drugs" },
        { value: "blood_thinners", text: "Blood thinners, including daily aspirin" },
        { value: "supplements", text: "Supplements" },
        { value: "not_sure", text: "Not sure", isExclusive: true },
      ],
      // "Another medicine" reveals a text field, as in the widget.
      showOtherItem: true,
      otherText: "Another medicine",
      otherPlaceholder: "Name of the other medicine",
      // "None" is the checkbox's none item: choosing it clears the others.
      showNoneItem: true,
      noneText: "None",
    },
    {
      type: "checkbox",
      name: "goals",
      title: "What do you hope for?",
      description: "Select all that apply.",
      isRequired: true,
      requiredErrorText: "Select at least one thing you hope for",
      choices: [
        { value: "less_pain", text: "Less pain" },
        { value: "move_easier", text: "Moving more easily" },
        { value: "fewer_medicines", text: "Taking fewer medicines" },
        { value: "slow_disease", text: "Slowing my disease" },
        { value: "avoid_surgery", text: "Avoiding or delaying surgery" },
        { value: "understand_evidence", text: "Understanding the evidence" },
        { value: "compare_options", text: "Comparing my options" },
      ],
    },
  ],
};

const survey = new Survey.Model(json);
// Tells the benchmark's probe that SurveyJS has rendered (its "interactive" point).
survey.onAfterRenderSurvey.add(() => document.dispatchEvent(new CustomEvent("bench:surveyjs-rendered")));
SurveyUI.renderSurvey(survey, document.getElementById("survey"));
