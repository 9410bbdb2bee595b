import { isDutchWord } from '../src/privacy/dutchWords';
import { isEnglishWord } from '../src/privacy/englishWords';
import { loadNameLists } from '../src/privacy/nameLists';
const l = loadNameLists();
for (const w of ['xiao','iaol','aol','xiaol','meil','eil','yil','phub','hub','lovebomb'])
  console.log(w, isDutchWord(w, l.dutchWords), isEnglishWord(w, l.englishWords));
