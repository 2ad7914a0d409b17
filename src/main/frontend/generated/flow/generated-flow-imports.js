import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/text-field/src/vaadin-text-field.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/password-field/src/vaadin-password-field.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/notification/src/vaadin-notification.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import 'Frontend/generated/jar-resources/menubarConnector.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import '@vaadin/menu-bar/src/vaadin-menu-bar.js';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import '@vaadin/avatar/src/vaadin-avatar.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'd6bbe0ed045bcf0355f3ca4c489db377a96626dbd5e28012afae1b4a02c654e4') {
    pending.push(import('./chunks/chunk-881ce04476e377d40764589b408791ae372d1c8a01839a2d7553b57a3d241770.js'));
  }
  if (key === 'af0ca282e77e9432c36bf0247a8ec17e60341df5df5dc358541811c7eb548182') {
    pending.push(import('./chunks/chunk-baf36d50fb306c05585828e022d2d1ef22820c59d57e6249fafb50d00023bdf9.js'));
  }
  if (key === '5c15c47fa7081db94000b03cfb6641dcf79a9fcf1423761858d51b057a8839c2') {
    pending.push(import('./chunks/chunk-89323c8376c17a56c7c26902c4f866a79781ef13cce11e504617b1c57f9ec34f.js'));
  }
  if (key === 'a197b66b966e73ab76b9da07efa513eb739f2c165bcfc24fc5ad453e9fff9f57') {
    pending.push(import('./chunks/chunk-f6dc3557b31bae4c213e6798a3777189c20050ffe8f7bb36aa71dde524ac578b.js'));
  }
  if (key === '94759fdb3697f8a9468beb04f843d4ddbc01e9b39927d29ba9a337c7bba0f7d6') {
    pending.push(import('./chunks/chunk-640d5de925d66d1baee2c4b69eb7204c89dff3ff459f567ce4ad0fb777a9aa3c.js'));
  }
  if (key === '8ae03ce812e53a57b0a0eef59e60f033a501dd04ee2b1b5a4803250726ad2d95') {
    pending.push(import('./chunks/chunk-8dd9a181e8f7f7ccc3179015f7de5bbe2002f65b9ede5fa94a5bc77cf356e553.js'));
  }
  if (key === 'a4ebe1093a768e78eec5c9ff46ac3e8dd9d046f29eaab384a4640e9b3e2a3442') {
    pending.push(import('./chunks/chunk-8438821a9dd29fb345739743d52c8038ee7b86bdeb3381d746262ea9f6235b35.js'));
  }
  if (key === '30538cda4cc4694a4dfc178b671ba67004d0ca13d91a2ec2e87b1c7a5911c6ab') {
    pending.push(import('./chunks/chunk-dcf5d92d4b8d2193976c66680bd59bdf2f8748aa199d562bd6ce6096177a04c3.js'));
  }
  if (key === 'e1f741f06a4c76dfc9d39cb46dff5d2b6482ee54eaba0f5f6fc8b8202c91ee2a') {
    pending.push(import('./chunks/chunk-8a8a6fc951c3add2182c418ac6f86f164ee5380192d8be27da8c078bee2ee430.js'));
  }
  if (key === 'a6dcd6069c30a3b08086c6838ca1910bf01088a44c0eb2c33a6e5c79b980d16b') {
    pending.push(import('./chunks/chunk-881ce04476e377d40764589b408791ae372d1c8a01839a2d7553b57a3d241770.js'));
  }
  if (key === 'ab01a9d99be56391a63f128c9431d1008942d330aa055ea9594079eaaa0d268b') {
    pending.push(import('./chunks/chunk-7c5239beb528945bf65c4fe334657f615d0f197a921fec2a019cce06d7afee83.js'));
  }
  if (key === '920112b78f479c504500d0ebcd9a72860e3c3126426c7c8edb9722d3825aa7ae') {
    pending.push(import('./chunks/chunk-dcc50c5e61684ed326c2ad82fd92144f1dc7a111aefd36c40bf96b004c4f38cc.js'));
  }
  if (key === '8f2e59e8ca62b4ff41ab67d3ad3648ef7c18ace96976009ee926be231f0757f1') {
    pending.push(import('./chunks/chunk-77660cd572fff986dc8c8eb80d5a2607bc8aa9bffb673dc59b1332175c0e35cf.js'));
  }
  if (key === 'f8646214156afb8a4d6bb81ec47999f3f8e788672384ce95c0a28d3755868719') {
    pending.push(import('./chunks/chunk-89323c8376c17a56c7c26902c4f866a79781ef13cce11e504617b1c57f9ec34f.js'));
  }
  if (key === '923a7520baa48367980d4c1561813123ddceda0235d96d73439a44b020773768') {
    pending.push(import('./chunks/chunk-f5d0878ff9a8f3da4f0848b8d2f1d20042475bcf590716ddfdbf3e54e46a57d2.js'));
  }
  if (key === '4a14eeb4979b9ea037511ea08a2750371fd72bccf4d17194e5697bd0133cdef0') {
    pending.push(import('./chunks/chunk-0519d56d457af8b9569999439e6b674f223c95b2636bccc0cd404b1625ff5d52.js'));
  }
  if (key === 'bef1e18876d02a5091b402dd4f8b166e9fc72dd29015e63c048a770522317f71') {
    pending.push(import('./chunks/chunk-019ecae14530021bc0ab82c8ca1c927740a773f9a5f5aec558955396ea2c7fa1.js'));
  }
  if (key === '5c05d5f9b9e32246b869b253650668453c4d3d59ed620b426cd9273313bf4e34') {
    pending.push(import('./chunks/chunk-5b815eb98a29e14a3f7dc2daf207c0791e447ade24f05c2be395a12d10f86324.js'));
  }
  if (key === '570464c2ef78f34ace65ec43b159565489a96f8de31da1495d58680cec63efe1') {
    pending.push(import('./chunks/chunk-42a6cff02904551ee630a025f5cdc04968ab690475a5ed3eb0c91b159680650e.js'));
  }
  if (key === '116ec3c49840a0632f43059a6b62026327072f736647ec319bcb43e1745da737') {
    pending.push(import('./chunks/chunk-8b1620e593c77841cfdefac73091da4f1131966386386056584c93abb8f0f5f5.js'));
  }
  if (key === '01bfb924ca76495faac4e77d3d5daa35bfa4ae6e8d3e8af94d6f0c09ce69b2df') {
    pending.push(import('./chunks/chunk-8d026249eebe2e63550d0b1c23eaf0003b79129651f6156d3e27500058df3ae5.js'));
  }
  if (key === '5387826f885dafc21931e72f61fb228cea3d66cbf9a7677bffab6bc1a65ccbc2') {
    pending.push(import('./chunks/chunk-9753fe18ec751eb4e3223218e0f195686109a03225a00675826d6cc5837bad88.js'));
  }
  if (key === 'a36e71150fdbd3f6d5f47e347352b73f3e748200e646720a1183f2cb9257028b') {
    pending.push(import('./chunks/chunk-8dd9a181e8f7f7ccc3179015f7de5bbe2002f65b9ede5fa94a5bc77cf356e553.js'));
  }
  if (key === 'ef65d1aa5b355348ef812525967214726970444b940888c79ca4cdcb6b615cdf') {
    pending.push(import('./chunks/chunk-640d5de925d66d1baee2c4b69eb7204c89dff3ff459f567ce4ad0fb777a9aa3c.js'));
  }
  if (key === '1b2a695061df32258cb95625a9a029e5449040192146aaed3344983e6af2ea37') {
    pending.push(import('./chunks/chunk-bc7f4a125a278955064b0c891361c8f8138aeb498f0f95ebfa8dd09e9fad5969.js'));
  }
  if (key === 'b0e8af2ed259722d75ff6536f3ece64735765e2ea0a00646c31db0f17515bccb') {
    pending.push(import('./chunks/chunk-89323c8376c17a56c7c26902c4f866a79781ef13cce11e504617b1c57f9ec34f.js'));
  }
  if (key === '2c6cd438055e3b667f76dad26ac34ae6720e47ade2c1f32419336518bd3c3727') {
    pending.push(import('./chunks/chunk-89323c8376c17a56c7c26902c4f866a79781ef13cce11e504617b1c57f9ec34f.js'));
  }
  if (key === '5bd5405ab143db2524e87ee808ba0a3c2c4786108dc715efdca11644727c7b77') {
    pending.push(import('./chunks/chunk-1bfde128f84690177add3089109412cc51238223790827929b0dd47bf0879aee.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}